import type { Connector } from '../../../src/features/connectors/model/connector';

/** A change made in Graph while a dialog was open, and the words a delete's results give for it. */
export type ChangedElsewhere = { what: string; changed: Partial<Connector>; said: string | RegExp };

/** What a delete rests on (state, last connection, name, version): each changed on its own. */
export const deleteWatchedChanges = (renamedTo: string): ChangedElsewhere[] => [
  { what: 'state', changed: { state: 'active' }, said: 'Its state changed to Active' },
  {
    what: 'last connection',
    changed: { lastConnectionDateTime: new Date().toISOString() },
    said: /^It connected again at \d{1,2}[:.]\d{2}(\s?[AP]M)?/,
  },
  { what: 'name', changed: { displayName: renamedTo }, said: `It was renamed to “${renamedTo}”` },
  {
    what: 'version',
    changed: { connectorVersion: '6.2406.0.1001' },
    said: 'Its version changed to 6.2406.0.1001',
  },
];

/** "…, so it was not deleted.", as a whole text. */
export const notDeleted = (said: string | RegExp): string | RegExp =>
  typeof said === 'string'
    ? `${said}, so it was not deleted.`
    : new RegExp(`${said.source}, so it was not deleted\\.$`);
