import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Stack from '@mui/material/Stack';

import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { formatField } from '../model/format-field';

type ConnectorNowProps = { connector: Connector; reason: string };

/** Why nothing was sent, and the connector as Graph has it now, so "Delete anyway" is an informed choice. */
export function ConnectorNow({ connector, reason }: ConnectorNowProps) {
  return (
    <Alert severity="warning" role="alert">
      <AlertTitle>{reason}</AlertTitle>
      The connector as Intune has it now:
      <Stack component="dl" spacing={0.5} sx={{ m: 0, mt: 1, '& dd': { m: 0, mb: 0.5 } }}>
        <dt>Name</dt>
        <dd>{connectorLabel(connector)}</dd>
        <dt>State</dt>
        <dd>{formatField('state', connector.state)}</dd>
        <dt>Last connection</dt>
        <dd>{formatField('lastConnectionDateTime', connector.lastConnectionDateTime)}</dd>
        <dt>Version</dt>
        <dd>{formatField('connectorVersion', connector.connectorVersion) || 'None reported'}</dd>
      </Stack>
      You can still delete it.
    </Alert>
  );
}
