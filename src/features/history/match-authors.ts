import type { AuthorQuestion, ChangeAuthor } from '@/lib/change-authors';

import { actorName, resourcesOf, type AuditEvent, type AuditResource } from './audit-event';

const sameText = (a: string | null | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();

// Intune writes property names in PascalCase ("DisplayName"); the contract names them in camelCase.
const propertyOf = (resource: AuditResource, name: string) =>
  resource.modifiedProperties?.find((property) => sameText(property.displayName, name));

/** A failed attempt changed nothing; an event that says no result is taken as done. */
const succeeded = (event: AuditEvent) =>
  !event.activityResult || sameText(event.activityResult, 'success');

/** Create or Delete: Intune's operation type, or the activity's first word ("Delete NdesConnector"). */
const isOperation = (event: AuditEvent, operation: string) =>
  event.activityOperationType
    ? sameText(event.activityOperationType, operation)
    : sameText(event.activity?.split(' ')[0], operation);

function answers(question: AuthorQuestion, event: AuditEvent): boolean {
  const resources = resourcesOf(event, question.connectorId);
  if (resources.length === 0 || !succeeded(event)) return false;
  switch (question.kind) {
    case 'renamed':
      return resources.some(
        // A name cleared in the admin center reads as an empty value or none at all.
        (resource) => {
          const property = propertyOf(resource, 'displayName');
          return property !== undefined && (property.newValue ?? '') === question.newName;
        },
      );
    case 'state':
      return resources.some((resource) => propertyOf(resource, 'state') !== undefined);
    case 'added':
      return isOperation(event, 'create');
    case 'gone':
      return isOperation(event, 'delete');
  }
}

/**
 * Who made each change: the newest event (`events` come newest first) that names the change's
 * connector among its resources and made that change. A change no event explains has no author.
 */
export function matchAuthors(
  questions: readonly AuthorQuestion[],
  events: readonly AuditEvent[],
): Map<string, ChangeAuthor> {
  const authors = new Map<string, ChangeAuthor>();
  for (const question of questions) {
    const event = events.find((candidate) => answers(question, candidate));
    if (event)
      authors.set(question.key, { name: actorName(event), at: event.activityDateTime ?? null });
  }
  return authors;
}
