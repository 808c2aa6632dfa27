import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';

import { GraphErrorAlert } from '@/components/graph-error-alert';
import { useTenantScope } from '@/lib/tenant-scope';

import { scopeTagLabel, scopeTagQueries } from '../api/scope-tag-queries';

type ScopeTagSelectProps<T extends FieldValues> = { control: Control<T>; name: Path<T> };

/** Picks scope tags by name; ids the tenant does not list stay, shown raw, and can be typed by hand. */
export function ScopeTagSelect<T extends FieldValues>({ control, name }: ScopeTagSelectProps<T>) {
  const { field, fieldState } = useController({ control, name });
  const { tenantId } = useTenantScope();
  const tagsQuery = useQuery(scopeTagQueries.list(tenantId));
  const tags = tagsQuery.data ?? [];
  const value = (field.value ?? []) as string[];
  const byId = (id: string) => tags.find((tag) => tag.id === id);
  // With freeSolo, MUI commits typed text on Enter even over the autoHighlighted option, so a tag
  // typed by name arrives as text: store its id, never the name.
  const toId = (text: string) =>
    byId(text)
      ? text
      : (tags.find((tag) => tag.displayName?.toLowerCase() === text.toLowerCase())?.id ?? text);
  const fieldError = fieldState.error?.message ?? fieldState.error?.root?.message;
  const lookupNote = tagsQuery.isError
    ? 'Without names, type tag ids and press Enter.'
    : 'Search by name, or type an id and press Enter.';

  return (
    <Stack spacing={1}>
      <Autocomplete
        multiple
        freeSolo
        autoHighlight
        options={tags.map((tag) => tag.id)}
        value={value}
        loading={tagsQuery.isPending}
        onChange={(_event, next) =>
          field.onChange(next.map((entry) => toId(entry.trim())).filter(Boolean))
        }
        onBlur={field.onBlur}
        getOptionLabel={(id) => scopeTagLabel(byId(id), id)}
        filterOptions={(ids, { inputValue }) => {
          const query = inputValue.trim().toLowerCase();
          return ids.filter((id) => {
            const tag = byId(id);
            return [id, tag?.displayName, tag?.description].some((text) =>
              text?.toLowerCase().includes(query),
            );
          });
        }}
        renderOption={({ key, ...props }, id) => {
          const tag = byId(id);
          return (
            <li key={key} {...props}>
              <div>
                <Typography>
                  {scopeTagLabel(tag, id)}
                  {tag?.isBuiltIn ? ' (built-in)' : ''}
                </Typography>
                {tag?.description && (
                  <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                    {tag.description}
                  </Typography>
                )}
              </div>
            </li>
          );
        }}
        renderValue={(ids, getItemProps) =>
          ids.map((id, index) => {
            const { key, ...itemProps } = getItemProps({ index });
            const known = tagsQuery.isSuccess ? Boolean(byId(id)) : true;
            return (
              <Chip
                key={key}
                {...itemProps}
                label={known ? scopeTagLabel(byId(id), id) : `${id} (not in this tenant)`}
                color={known ? 'default' : 'warning'}
              />
            );
          })
        }
        renderInput={(params) => (
          <TextField
            {...params}
            name={field.name}
            inputRef={field.ref}
            label="Scope tags"
            error={Boolean(fieldError)}
            helperText={fieldError ?? lookupNote}
          />
        )}
      />
      {tagsQuery.isError && (
        <GraphErrorAlert
          error={tagsQuery.error}
          heading="Scope tag names could not be loaded"
          severity="warning"
          retryLabel="Retry loading scope tags"
          onRetry={() => void tagsQuery.refetch()}
        />
      )}
    </Stack>
  );
}
