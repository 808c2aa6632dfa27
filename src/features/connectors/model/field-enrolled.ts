import { dateTime, dateTimeInput } from './field-parts';
import { defineField } from './field-types';

export const enrolledDateTime = defineField({
  key: 'enrolledDateTime',
  label: 'Enrolled',
  access: 'reported',
  ...dateTime,
  input: dateTimeInput,
  selfUpdating: true,
});
