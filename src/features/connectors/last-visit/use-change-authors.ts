import { skipToken, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useAuth } from '@/lib/auth/auth-context';
import { historyAllowed } from '@/lib/auth/history-allowed';
import type { AuthorQuestion, ChangeAuthors, ReadChangeAuthors } from '@/lib/change-authors';
import { tenantKey, useTenantScope } from '@/lib/tenant-scope';

import type { VisitChange } from './snapshot-diff';

export const changeKey = (change: VisitChange) => `${change.id}\n${change.kind}`;

/** What an admin does; a version or health change is the connector's own, and "by you" needs no name. */
function toQuestion(change: VisitChange): AuthorQuestion[] {
  if (change.byYou) return [];
  const about = { key: changeKey(change), connectorId: change.id };
  switch (change.kind) {
    case 'renamed':
      return [{ ...about, kind: 'renamed', newName: change.newName }];
    case 'added':
    case 'gone':
    case 'state':
      return [{ ...about, kind: change.kind }];
    case 'version':
    case 'health':
      return [];
  }
}

/** The changes an admin makes and this browser did not: the ones the audit log may name. */
export const authorQuestions = (changes: readonly VisitChange[]) => changes.flatMap(toQuestion);

/**
 * Who made the changes, from `read` (History's audit read, handed in by the route), asked only when
 * History was allowed in this browser for this user and tenant; null when nothing was asked.
 */
export function useChangeAuthors(
  read: ReadChangeAuthors | undefined,
  since: string | null,
  changes: readonly VisitChange[],
): ChangeAuthors | null {
  const { tenantId } = useTenantScope();
  const user = useAuth().getAccount()?.homeAccountId;
  const questions = useMemo(() => authorQuestions(changes), [changes]);
  const allowed = Boolean(user && tenantId && historyAllowed.has({ user, tenantId }));
  const ask = read && since && allowed && questions.length > 0;
  const { data } = useQuery({
    queryKey: [
      ...(tenantId ? tenantKey(tenantId) : []),
      'change-authors',
      since,
      questions.map(({ key, newName }) => `${key}\n${newName ?? ''}`),
    ],
    queryFn: ask
      ? ({ signal }) => read({ tenantId, since, changes: questions, signal })
      : skipToken,
    // One read per list of changes: the audit log is asked again when the changes differ.
    staleTime: Number.POSITIVE_INFINITY,
  });
  return ask ? (data ?? null) : null;
}
