import * as z from '@/config/zod';

import { defineField } from './field-types';
import { CONNECTOR_STATES, graphStateSchema, isKnownState, stateLabel } from './graph-values';

export const state = defineField({
  key: 'state',
  label: 'State',
  access: 'editable',
  graph: graphStateSchema,
  kind: 'state',
  input: {
    kind: 'select',
    schema: z.string().check(z.refine(isKnownState, 'Pick one of the states listed')),
    options: CONNECTOR_STATES.map((value) => [value, `${stateLabel(value)} (${value})`] as const),
    toInput: (value) => value,
    fromInput: (value) => value,
  },
  equals: (a, b) => a === b,
  format: (value) => (isKnownState(value) ? `${stateLabel(value)} (${value})` : stateLabel(value)),
  column: { header: 'State', card: 'badge' },
  fleet: { width: 104 },
});
