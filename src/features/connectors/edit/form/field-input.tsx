import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import type { UseFormReturn } from 'react-hook-form';

import { FormTextField } from '@/components/form/form-text-field';
import { ScopeTagSelect } from '@/features/scope-tags/components/scope-tag-select';
import { localOffset } from '@/lib/date-time';

import type { Connector } from '../../model/connector';

import type { ConnectorFormInput, ConnectorFormValues, formInputs } from './form-values';
import { SuggestedNameButton } from './suggested-name-button';

type FieldInputProps = {
  field: (typeof formInputs)[number];
  connector: Connector;
  form: UseFormReturn<ConnectorFormInput, unknown, ConnectorFormValues>;
};

/** The input the model's kind asks for; labels and hints come from the model too. */
export function FieldInput({ field, connector, form }: FieldInputProps) {
  const { control, setValue } = form;
  const { key: name, label, helperText, input } = field;
  const common = { control, name, label, helperText, required: input.required };
  switch (input.kind) {
    case 'name':
      return (
        <Stack spacing={1}>
          <FormTextField {...common} />
          <SuggestedNameButton
            connector={connector}
            onApply={(value) => setValue(name, value, { shouldDirty: true, shouldValidate: true })}
            disabled={form.formState.disabled}
          />
        </Stack>
      );
    case 'select':
      return (
        <FormTextField {...common} select>
          {input.options?.map(([value, text]) => (
            <MenuItem key={value} value={value}>
              {text}
            </MenuItem>
          ))}
        </FormTextField>
      );
    case 'scope-tags':
      return <ScopeTagSelect control={control} name={name} />;
    case 'date-time':
      return (
        <FormTextField
          {...common}
          type="datetime-local"
          helperText={`Your local time (UTC${localOffset(new Date())}). Left untouched, the exact stored value is kept.`}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
        />
      );
    case 'text':
      return <FormTextField {...common} />;
  }
}
