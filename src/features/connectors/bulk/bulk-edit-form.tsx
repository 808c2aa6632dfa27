import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useQuery } from '@tanstack/react-query';

import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useTenantScope } from '@/lib/tenant-scope';

import { CONNECTOR_STATES, STATE_LABELS, type ConnectorState } from '../model/graph-values';

import type { BulkEdit } from './bulk-edit';
import { RenameFields } from './rename-fields';
import { ScopeTagPicker } from './scope-tag-picker';

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
            state: event.target.value === LEAVE ? null : (event.target.value as ConnectorState),
          })
        }
      >
        <MenuItem value={LEAVE}>Leave as it is</MenuItem>
        {CONNECTOR_STATES.map((state) => (
          <MenuItem key={state} value={state}>
            {`${STATE_LABELS[state]} (${state})`}
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
