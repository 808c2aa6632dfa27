import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

import { scopeTagLabel } from '@/features/scope-tags/api/scope-tag-queries';
import type { ScopeTag } from '@/features/scope-tags/types';

type ScopeTagPickerProps = {
  label: string;
  tags: ScopeTag[];
  value: string[];
  onChange: (ids: string[]) => void;
};

/** Scope tags picked by name; the ids go into the PATCH. */
export function ScopeTagPicker({ label, tags, value, onChange }: ScopeTagPickerProps) {
  return (
    <Autocomplete
      multiple
      options={tags.map((tag) => tag.id)}
      value={value}
      getOptionLabel={(id) =>
        scopeTagLabel(
          tags.find((tag) => tag.id === id),
          id,
        )
      }
      onChange={(_event, ids) => onChange(ids)}
      renderInput={(params) => <TextField {...params} label={label} />}
    />
  );
}
