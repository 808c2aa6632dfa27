import type { UseFormReturn } from 'react-hook-form';

import { GraphError } from '@/lib/graph/graph-error';

import { formInputs, type ConnectorFormInput, type ConnectorFormValues } from '../form/form-values';

type EditForm = UseFormReturn<ConnectorFormInput, unknown, ConnectorFormValues>;

/** Graph names the property a 400 rejected: show it on that field, not only above the buttons. */
export function showServerFieldError(form: EditForm, error: unknown) {
  if (!(error instanceof GraphError) || error.status !== 400 || !error.target) return;
  const field = formInputs.find(({ key }) => key === error.target);
  if (field) form.setError(field.key, { type: 'server', message: error.message });
}
