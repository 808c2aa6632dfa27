import { nullableString } from '@/lib/graph/nullable-string';

import { blankToNull, optionalText, sameText, trimmedText } from './field-parts';
import { defineField } from './field-types';
import { compareVersions, versionSortKey } from './graph-values';

export const CONNECTOR_VERSION_MAX = 64;

export const connectorVersion = defineField({
  key: 'connectorVersion',
  label: 'Connector version',
  access: 'reported',
  graph: nullableString,
  kind: 'text',
  input: {
    kind: 'text',
    schema: trimmedText(CONNECTOR_VERSION_MAX),
    ...optionalText,
    fromInput: blankToNull,
  },
  selfUpdating: true,
  equals: sameText,
  format: (value) => value ?? '',
  column: {
    header: 'Version',
    card: 'line',
    cardBlank: 'no version',
    sort: {
      param: 'version',
      menu: { asc: 'oldest first' },
      compare: (a, b) => compareVersions(a ?? '0', b ?? '0'),
    },
  },
  fleet: { width: 136, sortValue: versionSortKey, searched: true },
});
