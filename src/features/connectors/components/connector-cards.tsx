import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { RelativeTime } from '@/components/relative-time';
import { paths } from '@/config/paths';
import { ScopeTagChips } from '@/features/scope-tags/components/scope-tag-chips';

import { connectorLabel } from '../connector-label';
import { HealthChip } from '../health/health-chip';
import { HealthReasons } from '../health/health-reasons';
import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../types';

import { ConnectorStateChip } from './connector-state-chip';

type ConnectorCardsProps = { connectors: Connector[]; health: Map<string, ConnectorHealth> };

/** The list on a phone or small tablet: one card per connector instead of a seven-column table. */
export function ConnectorCards({ connectors, health }: ConnectorCardsProps) {
  return (
    <Stack
      component="ul"
      spacing={1.5}
      aria-label="NDES connectors"
      sx={{ listStyle: 'none', p: 0, m: 0 }}
    >
      {connectors.map((connector) => {
        const verdict = health.get(connector.id);
        return (
          <Card key={connector.id} component="li" variant="outlined">
            <CardContent>
              <Stack spacing={1}>
                <Link
                  component={RouterLink}
                  to={paths.connector.href(connector.id)}
                  variant="subtitle1"
                  sx={{
                    fontWeight: 600,
                    overflowWrap: 'anywhere',
                    fontStyle: connector.displayName ? undefined : 'italic',
                  }}
                >
                  {connectorLabel(connector)}
                </Link>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {connector.machineName ?? '—'} · {connector.connectorVersion ?? 'no version'} ·{' '}
                  <RelativeTime value={connector.lastConnectionDateTime} />
                </Typography>
                <Stack direction="row" spacing={1}>
                  {verdict && <HealthChip level={verdict.level} />}
                  <ConnectorStateChip state={connector.state} />
                </Stack>
                {verdict && <HealthReasons health={verdict} />}
                <ScopeTagChips ids={connector.roleScopeTagIds} />
              </Stack>
            </CardContent>
          </Card>
        );
      })}
    </Stack>
  );
}
