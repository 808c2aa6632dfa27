import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { RequestIds } from '@/components/request-ids';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useTenantScope } from '@/lib/tenant-scope';

import { fieldOf } from '../model/connector';
import { notAppliedText } from '../model/not-applied-text';
import { changedFields } from '../model/patch';

import type { SaveConnectorInput, SaveConnectorResult } from './save/save-connector';

type NotAppliedAlertProps = { input: SaveConnectorInput; result: SaveConnectorResult };

/** Graph said yes, but reading the connector back shows it kept its own value: never called saved. */
export function NotAppliedAlert({ input, result }: NotAppliedAlertProps) {
  const { tenantId } = useTenantScope();
  const { data: tags } = useQuery(scopeTagQueries.list(tenantId));
  const { connector, response, notApplied } = result;
  const applied = changedFields(input.patch).filter((field) => !notApplied.includes(field));
  const labels = (fields: typeof applied) => fields.map((field) => fieldOf(field).label).join(', ');
  return (
    <Alert severity="warning">
      <AlertTitle>Not applied: {labels(notApplied)}</AlertTitle>
      {notApplied.map((field) => (
        <Typography key={field} variant="body2">
          {notAppliedText(field, connector, tags)}
        </Typography>
      ))}
      {applied.length > 0 && <Typography variant="body2">Saved: {labels(applied)}.</Typography>}
      <Typography variant="body2" sx={{ mt: 1 }}>
        Your value stays in the form. Check the field in the Intune admin center before saving it
        again.
      </Typography>
      {response && <RequestIds ids={response} />}
    </Alert>
  );
}
