import { nullableString } from '@/lib/graph/nullable-string';

import { blankToNull, lowerText, optionalText, sameText, trimmedText } from './field-parts';
import { defineField } from './field-types';

export const MACHINE_NAME_MAX = 255;

export const machineName = defineField({
  key: 'machineName',
  label: 'Machine name',
  access: 'reported',
  graph: nullableString,
  kind: 'text',
  input: {
    kind: 'text',
    schema: trimmedText(MACHINE_NAME_MAX),
    ...optionalText,
    fromInput: blankToNull,
  },
  equals: sameText,
  format: (value) => value ?? '',
  column: {
    header: 'Machine',
    card: 'line',
    sort: {
      param: 'machine',
      menu: { asc: 'A to Z' },
      compare: (a, b) => lowerText(a).localeCompare(lowerText(b)),
    },
  },
  fleet: { searched: true },
});
