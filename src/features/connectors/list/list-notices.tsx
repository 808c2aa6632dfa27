import { Alert, AlertTitle } from '@/components/ui/alert';
import { MAX_PAGES } from '@/lib/graph/fetch-all-pages';

import type { ConnectorList } from '../model/read-connector';

const count = new Intl.NumberFormat();

/** Paging stopped at the cap: say so, and how many are shown, rather than pass a part off as the whole. */
export function IncompleteListNotice({ list }: { list: ConnectorList }) {
  if (list.complete) return null;
  const shown = list.connectors.length + list.unreadable.length;
  return (
    <Alert severity="warning" style={{ marginBottom: 16 }}>
      <AlertTitle>This list is incomplete</AlertTitle>
      Showing the first {count.format(shown)} connectors: Graph had more pages than the app reads (
      {MAX_PAGES}). The rest are not listed, and the health counts cover only these.
    </Alert>
  );
}

/** Items Graph listed that the app could not read: each with its id and what was wrong. */
export function UnreadableConnectors({ list }: { list: ConnectorList }) {
  const { unreadable } = list;
  if (unreadable.length === 0) return null;
  return (
    <Alert
      severity="error"
      style={{ marginBottom: 16 }}
      component="section"
      aria-label="Unreadable connectors"
    >
      <AlertTitle>
        {unreadable.length === 1
          ? 'One connector could not be read'
          : `${count.format(unreadable.length)} connectors could not be read`}
      </AlertTitle>
      Graph sent {unreadable.length === 1 ? 'an item' : 'items'} this app cannot read. Every other
      connector is listed below.
      <ul style={{ margin: 0, marginTop: 8, paddingLeft: 20 }}>
        {unreadable.map(({ id, problem }, index) => (
          <li key={`${index}:${id ?? ''}`} style={{ overflowWrap: 'anywhere' }}>
            {id === null ? (
              'An item without an id'
            ) : (
              <>
                Id{' '}
                <code>
                  <bdi>{id}</bdi>
                </code>
              </>
            )}
            : {problem}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
