import { isAuditAccessRequired } from '@/lib/auth/audit-access';
import type { ChangeAuthors, ReadChangeAuthors } from '@/lib/change-authors';
import { explainError } from '@/lib/graph/explain-error';

import { matchAuthors } from './match-authors';
import { auditEventsSincePath, MAX_AUDIT_PAGES, readAuditEvents } from './read-history';

export const OPEN_HISTORY_NOTE = "Open a connector's History to see who made these changes.";
export const CAPPED_NOTE = `Only the newest ${MAX_AUDIT_PAGES} pages of the tenant's audit log were read: a change made before them shows no name.`;

function unreadNote(error: unknown): string {
  // The token needs the admin (consent, MFA): only History may ask, never this list.
  if (isAuditAccessRequired(error)) return OPEN_HISTORY_NOTE;
  const { title, hint, requestId } = explainError(error);
  const id = requestId ? ` request-id: ${requestId}` : '';
  return `Who made these changes could not be read: ${title}${hint ? ` ${hint}` : ''}${id}`;
}

/**
 * Who made each change since the snapshot: the tenant's audit events from then on, matched to the
 * changes. Loaded only when "Since your last visit" asks, after History was allowed here.
 */
export const readChangeAuthors: ReadChangeAuthors = async ({
  tenantId,
  since,
  changes,
  signal,
}): Promise<ChangeAuthors> => {
  try {
    const read = await readAuditEvents(auditEventsSincePath(since), tenantId, { signal });
    return {
      authors: matchAuthors(changes, read.items),
      note: read.complete ? null : CAPPED_NOTE,
    };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { authors: new Map(), note: unreadNote(error) };
  }
};
