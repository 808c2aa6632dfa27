import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

import { unknownPlaceholders, type RenameKind, type RenameRule } from './rename';

const RULES: Record<RenameKind, { label: string; empty: RenameRule }> = {
  none: { label: 'Leave names as they are', empty: { kind: 'none' } },
  prefix: { label: 'Add a prefix', empty: { kind: 'prefix', text: '' } },
  suffix: { label: 'Add a suffix', empty: { kind: 'suffix', text: '' } },
  replace: { label: 'Find and replace', empty: { kind: 'replace', find: '', replaceWith: '' } },
  template: {
    label: 'Build from a template',
    empty: { kind: 'template', template: '{machine} NDES' },
  },
};

export const TEMPLATE_HELP =
  'Placeholders: {machine} the machine name, {host} its first part, {name} the current name.';

type RenameFieldsProps = { rule: RenameRule; onChange: (rule: RenameRule) => void };

export function RenameFields({ rule, onChange }: RenameFieldsProps) {
  const unknown = rule.kind === 'template' ? unknownPlaceholders(rule.template) : [];
  return (
    <Stack spacing={2}>
      <TextField
        select
        label="Rename"
        value={rule.kind}
        onChange={(event) => onChange(RULES[event.target.value as RenameKind].empty)}
      >
        {(Object.keys(RULES) as RenameKind[]).map((kind) => (
          <MenuItem key={kind} value={kind}>
            {RULES[kind].label}
          </MenuItem>
        ))}
      </TextField>
      {(rule.kind === 'prefix' || rule.kind === 'suffix') && (
        <TextField
          label={rule.kind === 'prefix' ? 'Prefix' : 'Suffix'}
          value={rule.text}
          onChange={(event) => onChange({ ...rule, text: event.target.value })}
        />
      )}
      {rule.kind === 'replace' && (
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
          <TextField
            label="Find"
            value={rule.find}
            onChange={(event) => onChange({ ...rule, find: event.target.value })}
          />
          <TextField
            label="Replace with"
            value={rule.replaceWith}
            onChange={(event) => onChange({ ...rule, replaceWith: event.target.value })}
          />
        </Stack>
      )}
      {rule.kind === 'template' && (
        <TextField
          label="Template"
          value={rule.template}
          error={unknown.length > 0}
          helperText={
            unknown.length > 0
              ? `Unknown placeholder {${unknown[0]}}. ${TEMPLATE_HELP}`
              : TEMPLATE_HELP
          }
          onChange={(event) => onChange({ ...rule, template: event.target.value })}
        />
      )}
    </Stack>
  );
}
