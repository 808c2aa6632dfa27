import type { ScopeTag } from '@/features/scope-tags/types';

import { fieldOf, type Connector, type EditableField } from './connector';
import { formatField } from './format-field';

/** Why a field Graph accepted is not saved, in words: Intune kept its own value. */
export function notAppliedText(field: EditableField, connector: Connector, tags?: ScopeTag[]) {
  const reads = formatField(field, connector[field], { tags });
  return `Graph accepted the change, but ${fieldOf(field).label} still reads ${reads}. Intune may manage this field itself.`;
}
