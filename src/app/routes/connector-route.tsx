import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';

import { ConnectorPage } from '@/features/connectors/detail/connector-page';
import { connectorQueries } from '@/features/connectors/model/connector-queries';

export function ConnectorRoute() {
  const { id = '' } = useParams();
  const { data: connector } = useSuspenseQuery(connectorQueries.detail(id));
  return <ConnectorPage connector={connector} />;
}
