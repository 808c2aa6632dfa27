import { dateTime, dateTimeInput } from './field-parts';
import { defineField } from './field-types';

export const lastConnectionDateTime = defineField({
  key: 'lastConnectionDateTime',
  label: 'Last connection',
  access: 'reported',
  ...dateTime,
  input: dateTimeInput,
  selfUpdating: true,
  column: {
    header: 'Last connection',
    card: 'line',
    sort: {
      param: 'lastConnection',
      menu: { asc: 'oldest first', desc: 'newest first' },
      compare: (a, b) => new Date(a).getTime() - new Date(b).getTime(),
    },
  },
  fleet: { width: 148, sortValue: (value) => new Date(value).getTime() },
});
