import { useSuspenseQuery } from '@tanstack/react-query';

import { BulkActions } from '@/features/connectors/bulk/bulk-actions';
import { ConnectorsPage } from '@/features/connectors/list/connectors-page';
import { connectorQueries } from '@/features/connectors/model/connector-queries';
import { useTenantScope } from '@/lib/tenant-scope';

export function ConnectorsRoute() {
  const { tenantId } = useTenantScope();
  const { data: list, isFetching } = useSuspenseQuery(connectorQueries.list(tenantId));
  return (
    <ConnectorsPage
      list={list}
      isFetching={isFetching}
      // The selection toolbar's actions: the route composes them, so the list page never imports bulk.
      selectionActions={(selected) => <BulkActions connectors={selected} />}
    />
  );
}
