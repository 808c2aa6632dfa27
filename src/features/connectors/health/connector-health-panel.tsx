import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import type { Connector } from '../model/connector';
import { connectorQueries } from '../model/connector-queries';
import { withConnector } from '../model/read-connector';

import { HealthChip } from './health-chip';
import { HealthReasons } from './health-reasons';
import { useHealthSettings } from './health-settings';
import { useConnectorHealth } from './use-connector-health';

/** The verdict and why, judged against the tenant's other connectors for reinstall leftovers. */
export function ConnectorHealthPanel({ connector }: { connector: Connector }) {
  const settings = useHealthSettings();
  const { data: all } = useQuery(connectorQueries.list());
  const siblings = all ? withConnector(all, connector).connectors : [connector];
  const health = useConnectorHealth(siblings).get(connector.id);
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
            version ({settings.minimumVersion} or later).
          </Typography>
        ) : (
          <HealthReasons health={health} variant="body2" />
        )}
      </Stack>
    </Paper>
  );
}
