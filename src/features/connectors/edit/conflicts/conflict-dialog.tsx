import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { VisibleText } from '@/components/visible-text';
import { scopeTagQueries } from '@/features/scope-tags/api/scope-tag-queries';
import { useTenantScope } from '@/lib/tenant-scope';

import { formatField } from '../../model/format-field';

import type { ConflictChoice, ConflictChoices, FieldConflict } from './conflict-merge';

type ConflictDialogProps = {
  conflicts: FieldConflict[];
  onResolve: (choices: ConflictChoices) => void;
  onCancel: () => void;
};

/** Per field: their value, yours, and the original. Nothing is overwritten until the user picks. */
export function ConflictDialog({ conflicts, onResolve, onCancel }: ConflictDialogProps) {
  const { tenantId } = useTenantScope();
  const { data: tags } = useQuery(scopeTagQueries.list(tenantId));
  const [choices, setChoices] = useState<ConflictChoices>({});
  const complete = conflicts.every((conflict) => choices[conflict.field]);

  return (
    <Dialog open onClose={onCancel} maxWidth="md" fullWidth aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">Someone else changed this connector</DialogTitle>
      <DialogContent>
        <Stack spacing={3}>
          <Alert severity="warning">
            Since you opened the form, another change was saved to{' '}
            {conflicts.length === 1 ? 'a field' : 'fields'} you also changed. Choose, for each,
            which value to keep. Nothing has been saved yet.
          </Alert>
          {conflicts.map((conflict) => (
            <FormControl key={conflict.field} component="fieldset">
              <FormLabel component="legend">{conflict.label}</FormLabel>
              <Typography
                variant="body2"
                sx={{ color: 'text.secondary', overflowWrap: 'anywhere' }}
              >
                Original:{' '}
                <VisibleText text={formatField(conflict.field, conflict.original, { tags })} />
              </Typography>
              <RadioGroup
                value={choices[conflict.field] ?? ''}
                onChange={(event) =>
                  setChoices((current) => ({
                    ...current,
                    [conflict.field]: event.target.value as ConflictChoice,
                  }))
                }
              >
                <FormControlLabel
                  value="theirs"
                  control={<Radio />}
                  label={
                    <>
                      Keep theirs:{' '}
                      <VisibleText text={formatField(conflict.field, conflict.theirs, { tags })} />
                    </>
                  }
                  sx={{ overflowWrap: 'anywhere' }}
                />
                <FormControlLabel
                  value="yours"
                  control={<Radio />}
                  label={
                    <>
                      Use yours:{' '}
                      <VisibleText text={formatField(conflict.field, conflict.yours, { tags })} />
                    </>
                  }
                  sx={{ overflowWrap: 'anywhere' }}
                />
              </RadioGroup>
            </FormControl>
          ))}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>Back to editing</Button>
        <Button variant="contained" disabled={!complete} onClick={() => onResolve(choices)}>
          Save with these choices
        </Button>
      </DialogActions>
    </Dialog>
  );
}
