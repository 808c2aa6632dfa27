import type { TenantId } from '@/config/tenants';

/**
 * Who made a list's changes: the contract between "Since your last visit" (connectors), which asks,
 * and History, which answers from Intune's audit log. The route hands one to the other, so neither
 * feature imports the other.
 */

/** A change an admin makes, whose author the audit log may name. `key` is the asker's own name for it. */
export type AuthorQuestion = {
  key: string;
  connectorId: string;
  kind: 'added' | 'gone' | 'renamed' | 'state';
  /** For a rename: the display name the connector has now, as Graph holds it ('' for none). */
  newName?: string;
};

/** The admin's UPN or the application's name, and when the audit log says it happened. */
export type ChangeAuthor = { name: string; at: string | null };

export type ChangeAuthors = {
  /** By question key; a change with no matching event has none. */
  authors: ReadonlyMap<string, ChangeAuthor>;
  /** One line on why names are missing (access, the page cap, an error); null when all was read. */
  note: string | null;
};

export type ChangeAuthorsRequest = {
  tenantId: TenantId;
  /** The events from this moment on (the snapshot's time), newest first. */
  since: string;
  changes: readonly AuthorQuestion[];
  signal?: AbortSignal;
};

/** Never throws for a failure: the answer's note says it, so the list never breaks. */
export type ReadChangeAuthors = (request: ChangeAuthorsRequest) => Promise<ChangeAuthors>;
