import DeleteIcon from '@mui/icons-material/Delete';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';

import type { Connector } from '../model/connector';

import { HealthChip } from './health-chip';
import { HealthReasons } from './health-reasons';
import { useHealthSettings } from './health-settings';
import { SUPPORT_COLUMN } from './support-column';
import { useHealthOf } from './use-connector-health';

type ConnectorHealthPanelProps = {
  connector: Connector;
  /** Offered beside a "possible reinstall leftover" flag. */
  onDeleteLeftover?: () => void;
};

/** The verdict and why, judged against the tenant's other connectors for reinstall leftovers. */
export function ConnectorHealthPanel({ connector, onDeleteLeftover }: ConnectorHealthPanelProps) {
  const settings = useHealthSettings();
  const health = useHealthOf(connector);
  if (!health) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-labelledby="health-heading">
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="h2" id="health-heading">
            Health
          </Typography>
          <HealthChip level={health.level} />
        </Stack>
        {health.level === 'healthy' && !health.leftover ? (
          <Typography variant="body2">
            Active, connected within the last {settings.warningAfterHours} hours, and on a supported
            version.
          </Typography>
        ) : (
          <HealthReasons health={health} variant="body2" />
        )}
        <Typography variant="body2">
          <strong>{SUPPORT_COLUMN.header}:</strong> {SUPPORT_COLUMN.words(health)}
        </Typography>
        {health.leftover && onDeleteLeftover && (
          <div>
            <Button color="error" startIcon={<DeleteIcon />} onClick={onDeleteLeftover}>
              Delete this leftover
            </Button>
          </div>
        )}
      </Stack>
    </Paper>
  );
}
