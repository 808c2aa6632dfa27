import { scopeTagLabel } from '@/features/scope-tags/api/scope-tag-queries';
import type { ScopeTag } from '@/features/scope-tags/types';
import { formatExact } from '@/lib/date-time';

import { STATE_LABELS } from '../components/connector-state-chip';
import type { ConnectorState } from '../types';

import type { EditableField } from './field-labels';

/** A field's value as an admin reads it: tag names, state labels, local times with the raw value. */
export function formatFieldValue(
  field: EditableField,
  value: unknown,
  tags: ScopeTag[] | undefined,
): string {
  if (value === null || value === undefined || value === '') return '(empty)';
  switch (field) {
    case 'roleScopeTagIds':
      return Array.isArray(value) && value.length > 0
        ? value
            .map((id: string) =>
              scopeTagLabel(
                tags?.find((tag) => tag.id === id),
                id,
              ),
            )
            .join(', ')
        : '(none)';
    case 'state':
      return `${STATE_LABELS[value as ConnectorState]} (${String(value)})`;
    case 'lastConnectionDateTime':
    case 'enrolledDateTime':
      return `${formatExact(String(value))} — ${String(value)}`;
    default:
      return String(value);
  }
}
