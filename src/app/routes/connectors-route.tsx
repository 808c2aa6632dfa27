import { useSuspenseQuery } from '@tanstack/react-query';

import { ConnectorsPage } from '@/features/connectors/list/connectors-page';
import { connectorQueries } from '@/features/connectors/model/connector-queries';

export function ConnectorsRoute() {
  const { data: connectors, isFetching } = useSuspenseQuery(connectorQueries.list());
  return <ConnectorsPage connectors={connectors} isFetching={isFetching} />;
}
