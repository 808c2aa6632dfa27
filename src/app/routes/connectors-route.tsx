import { useSuspenseQuery } from '@tanstack/react-query';

import { lazyPart } from '@/components/lazy-part';
import { BulkActions } from '@/features/connectors/bulk/bulk-actions';
import { ConnectorsPage } from '@/features/connectors/list/connectors-page';
import { connectorQueries } from '@/features/connectors/model/connector-queries';
import { useTenantScope } from '@/lib/tenant-scope';

// Compared and kept after the list shows: its diff, storage and History's names stay off the first page.
const SinceLastVisit = lazyPart(
  async () => (await import('./since-last-visit-part')).SinceLastVisitPart,
  { what: 'Since your last visit' },
);

export function ConnectorsRoute() {
  const { tenantId } = useTenantScope();
  const { data: list, isFetching } = useSuspenseQuery(connectorQueries.list(tenantId));
  return (
    <ConnectorsPage
      list={list}
      isFetching={isFetching}
      // The selection toolbar's actions: the route composes them, so the list page never imports bulk.
      selectionActions={(selected) => <BulkActions connectors={selected} />}
    >
      <SinceLastVisit list={list} />
    </ConnectorsPage>
  );
}
