import { nullableString } from '@/lib/graph/nullable-string';

import { connectorLabel } from './connector-label';
import { lowerText, optionalText, sameText, trimmedText } from './field-parts';
import { defineField } from './field-types';

// Graph documents no maximum; the cap keeps a stray paste from writing megabytes and matches what the
// Intune admin center accepts for a name.
export const DISPLAY_NAME_MAX = 256;

const label = (displayName: string | null) => connectorLabel({ displayName });

export const displayName = defineField({
  key: 'displayName',
  label: 'Display name',
  access: 'editable',
  graph: nullableString,
  kind: 'name',
  helperText: 'Say which server it runs on, so the next admin knows.',
  input: {
    kind: 'name',
    required: true,
    schema: trimmedText(DISPLAY_NAME_MAX, { blank: 'Enter a display name' }),
    ...optionalText,
    fromInput: (value: string) => value.trim(),
  },
  equals: sameText,
  format: (value) => value ?? '',
  column: {
    header: 'Name',
    card: 'title',
    sort: {
      param: 'name',
      menu: { asc: 'A to Z' },
      compare: (a, b) => lowerText(label(a)).localeCompare(lowerText(label(b))),
    },
  },
  fleet: { width: '20%', text: label, searched: true },
});
