import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';
import { useSuspenseQuery } from '@tanstack/react-query';

import { PageHeader } from '@/components/page-header';
import type { TenantInfo } from '@/config/tenants';
import { ConnectorDetails } from '@/features/connectors/detail/connector-details';
import { ConnectorHealthPanel } from '@/features/connectors/health/connector-health-panel';
import { connectorSchema } from '@/features/connectors/model/connector';
import { connectorLabel } from '@/features/connectors/model/connector-label';
import { connectorUrl } from '@/features/connectors/model/connector-queries';
import { connectorPurposes } from '@/features/connectors/model/request-purposes';
import { graphFetch } from '@/lib/graph/graph-client';

/** A connector of another listed tenant, read with that tenant's token and cached under its key. */
export function TenantConnectorPage({ tenant, id }: { tenant: TenantInfo; id: string }) {
  const { data: connector } = useSuspenseQuery({
    queryKey: ['tenant', tenant.tenantId.toLowerCase(), 'connectors', 'detail', id],
    queryFn: ({ signal }) =>
      graphFetch(connectorUrl(id), {
        signal,
        schema: connectorSchema,
        purpose: connectorPurposes.detail,
        tenantId: tenant.tenantId,
      }),
  });
  return (
    <Stack spacing={2}>
      <PageHeader title={connectorLabel(connector)} subtitle={`Tenant: ${tenant.name}`} />
      <Alert severity="info">
        You are looking at a connector in {tenant.name} ({tenant.tenantId}). Editing connectors of
        other tenants is not available yet.
      </Alert>
      <ConnectorHealthPanel connector={connector} />
      <ConnectorDetails connector={connector} />
    </Stack>
  );
}
