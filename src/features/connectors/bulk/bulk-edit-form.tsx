import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';

import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useTenantScope } from '@/lib/tenant-scope';

import { fieldOf } from '../model/connector';
import { isKnownState } from '../model/graph-values';

import type { BulkEdit } from './bulk-edit';
import { RenameFields } from './rename-fields';
import { ScopeTagPicker } from './scope-tag-picker';

const STATE_OPTIONS = fieldOf('state').input?.options ?? [];

type BulkEditFormProps = { edit: BulkEdit; onChange: (edit: BulkEdit) => void };

const LEAVE = '';

/** Each part starts as "leave as it is"; only what the admin sets goes into the PATCH. */
export function BulkEditForm({ edit, onChange }: BulkEditFormProps) {
  const { tenantId } = useTenantScope();
  const tags = useQuery(scopeTagQueries.list(tenantId));
  const set = (change: Partial<BulkEdit>) => onChange({ ...edit, ...change });
  return (
    <Stack spacing={2} sx={{ pt: 1 }}>
      <TextField
        select
        label="State"
        value={edit.state ?? LEAVE}
        onChange={(event) =>
          set({
            state: isKnownState(event.target.value) ? event.target.value : null,
          })
        }
      >
        <MenuItem value={LEAVE}>Leave as it is</MenuItem>
        {STATE_OPTIONS.map(([state, label]) => (
          <MenuItem key={state} value={state}>
            {label}
          </MenuItem>
        ))}
      </TextField>
      <ScopeTagPicker
        label="Add scope tags"
        tags={tags.data ?? []}
        value={edit.addTagIds}
        onChange={(addTagIds) => set({ addTagIds })}
      />
      <ScopeTagPicker
        label="Remove scope tags"
        tags={tags.data ?? []}
        value={edit.removeTagIds}
        onChange={(removeTagIds) => set({ removeTagIds })}
      />
      {tags.isError && (
        <TextField disabled label="Scope tags" value="The scope tag names could not be read." />
      )}
      <RenameFields rule={edit.rename} onChange={(rename) => set({ rename })} />
    </Stack>
  );
}
