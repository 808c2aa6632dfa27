import * as z from '@/config/zod';

import { defineField } from './field-types';

export const id = defineField({
  key: 'id',
  label: 'Id',
  access: 'read-only',
  graph: z.string().check(z.minLength(1)),
  kind: 'id',
  helperText: 'Assigned by Intune; it cannot be changed.',
  equals: (a, b) => a === b,
  format: (value) => value,
  fleet: { header: 'Connector ID' },
});
