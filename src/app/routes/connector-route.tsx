import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { ConnectorPage } from '@/features/connectors/detail/connector-page';
import { connectorQueries } from '@/features/connectors/model/connector-queries';
import { ConnectorHistory } from '@/features/history/public';
import { useTenantScope } from '@/lib/tenant-scope';

export function ConnectorRoute() {
  const { id = '' } = useParams();
  const { tenantId } = useTenantScope();
  const { data: connector } = useSuspenseQuery(connectorQueries.detail(tenantId, id));
  return (
    <ConnectorPage
      connector={connector}
      history={<ConnectorHistory key={connector.id} connectorId={connector.id} />}
    />
  );
}
