import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { ConnectorEditPage } from '@/features/connectors/edit/connector-edit-page';
import { connectorQueries } from '@/features/connectors/model/connector-queries';
import { useTenantScope } from '@/lib/tenant-scope';

export function ConnectorEditRoute() {
  const { id = '' } = useParams();
  const { tenantId } = useTenantScope();
  // No background refetch while editing: the form keeps the version it started from, and the save
  // re-reads Graph itself to catch other admins' changes.
  const { data: connector } = useSuspenseQuery({
    ...connectorQueries.detail(tenantId, id),
    refetchOnWindowFocus: false,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return <ConnectorEditPage connector={connector} />;
}
