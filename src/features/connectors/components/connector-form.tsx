import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import type { UseFormReturn } from 'react-hook-form';

import { FormTextField } from '@/components/form/form-text-field';
import { ScopeTagSelect } from '@/features/scope-tags/components/scope-tag-select';
import { localOffset } from '@/lib/date-time';

import type { ConnectorFormInput, ConnectorFormValues } from '../api/connector-form';
import { CONNECTOR_STATES, type Connector } from '../types';

import { STATE_LABELS } from './connector-state-chip';
import { SuggestedNameButton } from './suggested-name-button';

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

export function ConnectorForm({
  connector,
  form,
  canSave,
  isSaving,
  onSubmit,
  onCancel,
  errorSlot,
}: ConnectorFormProps) {
  const { control, handleSubmit, setValue } = form;
  const offsetNote = `Your local time (UTC${localOffset(new Date())}). Left untouched, the exact stored value is kept.`;

  return (
    <Stack
      component="form"
      spacing={2.5}
      noValidate
      aria-label="Edit connector"
      onSubmit={handleSubmit(onSubmit)}
      sx={{ maxWidth: 720 }}
    >
      <TextField
        label="Id"
        value={connector.id}
        slotProps={{ input: { readOnly: true } }}
        helperText="Assigned by Intune; it cannot be changed."
      />
      <Stack spacing={1}>
        <FormTextField
          control={control}
          name="displayName"
          label="Display name"
          required
          helperText="Say which server it runs on, so the next admin knows."
        />
        <SuggestedNameButton
          connector={connector}
          onApply={(name) =>
            setValue('displayName', name, { shouldDirty: true, shouldValidate: true })
          }
          disabled={form.formState.disabled}
        />
      </Stack>
      <FormTextField control={control} name="state" label="State" select>
        {CONNECTOR_STATES.map((state) => (
          <MenuItem key={state} value={state}>
            {STATE_LABELS[state]} ({state})
          </MenuItem>
        ))}
      </FormTextField>
      <ScopeTagSelect control={control} name="roleScopeTagIds" />
      <FormTextField control={control} name="machineName" label="Machine name" />
      <FormTextField control={control} name="connectorVersion" label="Connector version" />
      <FormTextField
        control={control}
        name="lastConnectionDateTime"
        label="Last connection"
        type="datetime-local"
        helperText={offsetNote}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
      />
      <FormTextField
        control={control}
        name="enrolledDateTime"
        label="Enrolled"
        type="datetime-local"
        helperText={offsetNote}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
      />
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
