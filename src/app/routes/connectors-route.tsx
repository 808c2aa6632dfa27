import { useSuspenseQuery } from '@tanstack/react-query';

import { ConnectorsPage } from '@/features/connectors/list/connectors-page';
import { connectorQueries } from '@/features/connectors/model/connector-queries';

export function ConnectorsRoute() {
  const { data: list, isFetching } = useSuspenseQuery(connectorQueries.list());
  return <ConnectorsPage list={list} isFetching={isFetching} />;
}
