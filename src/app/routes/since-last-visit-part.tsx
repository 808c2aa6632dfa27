import { SinceLastVisit } from '@/features/connectors/last-visit/since-last-visit-panel';
import type { ConnectorList } from '@/features/connectors/model/read-connector';
import type { ReadChangeAuthors } from '@/lib/change-authors';

// History's audit read and its matching load only when the panel asks (History was allowed here).
const readChangeAuthors: ReadChangeAuthors = async (request) =>
  (await import('@/features/history/change-authors')).readChangeAuthors(request);

type SinceLastVisitPartProps = { list: Pick<ConnectorList, 'connectors' | 'complete'> };

/** "Since your last visit" with who made each change, when History is allowed. */
export function SinceLastVisitPart({ list }: SinceLastVisitPartProps) {
  return <SinceLastVisit list={list} readAuthors={readChangeAuthors} />;
}
