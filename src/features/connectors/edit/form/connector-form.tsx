import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';

import { fieldList, type Connector } from '../../model/connector';

import { FieldInput } from './field-input';
import { formInputs, type ConnectorFormInput, type ConnectorFormValues } from './form-values';
import { ReportedFields } from './reported-fields';

type ConnectorFormProps = {
  connector: Connector;
  form: UseFormReturn<ConnectorFormInput, unknown, ConnectorFormValues>;
  canSave: boolean;
  isSaving: boolean;
  onSubmit: (values: ConnectorFormValues) => void;
  onCancel: () => void;
  /** Shown above the buttons: the last save's error. */
  errorSlot?: ReactNode;
};

const readOnlyFields = fieldList.filter((field) => field.access === 'read-only');
const adminInputs = formInputs.filter((field) => field.access === 'editable');
const reportedInputs = formInputs.filter((field) => field.access === 'reported');

export function ConnectorForm({
  connector,
  form,
  canSave,
  isSaving,
  onSubmit,
  onCancel,
  errorSlot,
}: ConnectorFormProps) {
  return (
    <Stack
      component="form"
      spacing={2.5}
      noValidate
      aria-label="Edit connector"
      onSubmit={form.handleSubmit(onSubmit)}
      sx={{ maxWidth: 720 }}
    >
      {readOnlyFields.map(({ key, label, helperText }) => (
        <TextField
          key={key}
          label={label}
          value={connector[key] ?? ''}
          slotProps={{ input: { readOnly: true } }}
          helperText={helperText}
        />
      ))}
      {adminInputs.map((field) => (
        <FieldInput key={field.key} field={field} connector={connector} form={form} />
      ))}
      {reportedInputs.length > 0 && (
        <ReportedFields fields={reportedInputs} form={form}>
          {reportedInputs.map((field) => (
            <FieldInput key={field.key} field={field} connector={connector} form={form} />
          ))}
        </ReportedFields>
      )}
      {errorSlot}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={!canSave || isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </Button>
        <Button onClick={onCancel} disabled={isSaving}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
