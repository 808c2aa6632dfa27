import type { DeleteState } from './delete-flow';

type Gone = Extract<DeleteState, { step: 'gone' }>;

/** The toast after a delete, with Graph's request-id when it gave one. */
export function goneMessage(label: string, { ids, how }: Gone): string {
  const id = ids.requestId ? ` request-id: ${ids.requestId}` : '';
  switch (how) {
    case 'already-gone':
      return `“${label}” was already gone from the tenant.${id}`;
    case 'confirmed-by-read':
      return `Deleted “${label}”: the answer was lost, and reading it again found nothing.${id}`;
    case 'deleted':
      return `Deleted “${label}”.${id}`;
  }
}
