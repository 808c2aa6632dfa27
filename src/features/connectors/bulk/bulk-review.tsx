import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';

import { CodeBlock } from '@/components/code-block';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { getGraphBaseUrl } from '@/lib/graph/graph-client';
import { useTenantScope } from '@/lib/tenant-scope';
import { plural } from '@/lib/text/plural';

import { ChangesTable } from '../changes/changes-table';
import { connectorLabel } from '../model/connector-label';

import type { BulkPlan } from './bulk-edit';
import { batchBodies, type BulkItem } from './bulk-requests';
import { batchPowerShellSnippet } from './bulk-snippets';

const names = (connectors: { displayName: string | null }[]) =>
  connectors.map(connectorLabel).join(', ');

/** Everything Apply would do, before anything is sent: each change, the skipped, the exact bodies. */
export function BulkReview({ plan, items }: { plan: BulkPlan; items: BulkItem[] }) {
  const { tenantId, name: tenantName } = useTenantScope();
  const tenant = { name: tenantName, directoryId: tenantId };
  const { data: tags } = useQuery(scopeTagQueries.list(tenantId));
  const baseUrl = getGraphBaseUrl();
  const bodies = batchBodies(items);
  return (
    <Stack spacing={3}>
      <Typography>
        {`${plural(plan.changes.length, 'connector')} would change${tenantName ? ` in ${tenantName}` : ''}, in ${plural(bodies.length, '$batch request')}.`}
      </Typography>
      {plan.unchanged.length > 0 && (
        <Alert severity="info">
          {`${plan.unchanged.length} would not change and are skipped: ${names(plan.unchanged)}.`}
        </Alert>
      )}
      {plan.invalid.map(({ connector, problem }) => (
        <Alert
          key={connector.id}
          severity="warning"
        >{`Left out: ${connectorLabel(connector)}. ${problem}`}</Alert>
      ))}
      {plan.changes.length > 0 && (
        <ChangesTable
          changes={plan.changes}
          tags={tags}
          label="Preview of the changes"
          byConnector
        />
      )}
      {bodies.map((body, index) => (
        <CodeBlock
          key={index}
          title={`POST ${baseUrl}/$batch (${index + 1} of ${bodies.length}): JSON body`}
          code={JSON.stringify(body, null, 2)}
          copyLabel={`Copy $batch body ${index + 1}`}
        />
      ))}
      {items.length > 0 && (
        <CodeBlock
          title="PowerShell: Invoke-MgGraphRequest (signs in itself; no token shown)"
          code={batchPowerShellSnippet(baseUrl, items, tenant)}
          copyLabel="Copy PowerShell"
        />
      )}
    </Stack>
  );
}
