import type { ChangeEntry } from '@/features/change-log/change-log';

import type { AuditEvent } from './audit-event';

/**
 * The client-request-ids this browser's change log recorded for its writes. The audit event carries
 * one id, `correlationId`; Intune does not document that it echoes the caller's client-request-id,
 * so an event counts as ours only when it does (as the mock Graph's do).
 */
export function ownRequestIds(entries: readonly ChangeEntry[]): ReadonlySet<string> {
  return new Set(
    entries
      .flatMap((entry) => [entry.clientRequestId, entry.requestId])
      .flatMap((id) => (id ? [id.toLowerCase()] : [])),
  );
}

export const isOwnChange = (event: AuditEvent, ownIds: ReadonlySet<string>) =>
  Boolean(event.correlationId && ownIds.has(event.correlationId.toLowerCase()));
