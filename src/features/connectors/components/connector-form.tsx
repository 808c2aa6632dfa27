import { zodResolver } from '@hookform/resolvers/zod';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import type { ReactNode } from 'react';
import { useForm, useWatch } from 'react-hook-form';

import { FormTextField } from '@/components/form/form-text-field';
import { ScopeTagSelect } from '@/features/scope-tags/components/scope-tag-select';
import { localOffset } from '@/lib/date-time';

import {
  changedFields,
  connectorFormSchema,
  toConnectorPatch,
  toFormValues,
  type ConnectorFormInput,
  type ConnectorFormValues,
} from '../api/connector-form';
import { useReauthDraft } from '../reauth-draft';
import { CONNECTOR_STATES, type Connector, type ConnectorPatch } from '../types';

import { STATE_LABELS } from './connector-state-chip';

type ConnectorFormProps = {
  connector: Connector;
  isSaving: boolean;
  onSubmit: (patch: ConnectorPatch) => void;
  onCancel: () => void;
  /** Shown above the buttons: the last save's error. */
  errorSlot?: ReactNode;
  readOnly?: boolean;
};

export function ConnectorForm({
  connector,
  isSaving,
  onSubmit,
  onCancel,
  errorSlot,
  readOnly = false,
}: ConnectorFormProps) {
  const form = useForm<ConnectorFormInput, unknown, ConnectorFormValues>({
    resolver: zodResolver(connectorFormSchema),
    defaultValues: toFormValues(connector),
    mode: 'onTouched',
    disabled: readOnly,
  });
  const { control, handleSubmit } = form;
  useReauthDraft(connector.id, form);
  const current = useWatch({ control });
  const parsed = connectorFormSchema.safeParse(current);
  // Saving is offered only for a real change: typing a value and then reverting it leaves nothing to send.
  const hasChanges =
    !parsed.success || changedFields(toConnectorPatch(connector, parsed.data)).length > 0;
  const offsetNote = `Your local time (UTC${localOffset(new Date())})`;

  return (
    <Stack
      component="form"
      spacing={2.5}
      noValidate
      aria-label="Edit connector"
      onSubmit={handleSubmit((values) => onSubmit(toConnectorPatch(connector, values)))}
      sx={{ maxWidth: 720 }}
    >
      <TextField
        label="Id"
        value={connector.id}
        slotProps={{ input: { readOnly: true } }}
        helperText="Assigned by Intune; it cannot be changed."
      />
      <FormTextField
        control={control}
        name="displayName"
        label="Display name"
        required
        helperText="Tip: say which server it runs on."
      />
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
        <Button type="submit" variant="contained" disabled={readOnly || !hasChanges || isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </Button>
        <Button onClick={onCancel} disabled={isSaving}>
          Cancel
        </Button>
      </Stack>
    </Stack>
  );
}
