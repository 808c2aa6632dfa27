import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

import {
  DEFAULT_HEALTH_SETTINGS,
  healthSettingsSchema,
  saveHealthSettings,
  useHealthSettings,
} from './health-settings';

type Draft = { warningAfterHours: string; unhealthyAfterDays: string };

/** The thresholds behind the verdicts: Intune's tenant-status defaults, adjustable per browser. */
export function HealthSettingsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const settings = useHealthSettings();
  const toDraft = (value: typeof settings): Draft => ({
    warningAfterHours: String(value.warningAfterHours),
    unhealthyAfterDays: String(value.unhealthyAfterDays),
  });
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const parsed = healthSettingsSchema.safeParse({
    warningAfterHours: Number(draft.warningAfterHours),
    unhealthyAfterDays: Number(draft.unhealthyAfterDays),
  });
  const errorFor = (key: keyof Draft) =>
    parsed.success
      ? undefined
      : parsed.error.issues.find((issue) => issue.path[0] === key)?.message;
  const field = (key: keyof Draft, label: string, helper: string) => (
    <TextField
      label={label}
      value={draft[key]}
      onChange={(event) => setDraft((current) => ({ ...current, [key]: event.target.value }))}
      error={Boolean(errorFor(key))}
      helperText={errorFor(key) ?? helper}
    />
  );

  return (
    <Dialog
      open={open}
      onClose={onClose}
      aria-labelledby="health-rules-title"
      fullWidth
      maxWidth="sm"
    >
      <DialogTitle id="health-rules-title">Health rules</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Defaults follow Intune&apos;s tenant status: a warning after a day without contact,
          unhealthy after three. Versions are judged by Microsoft&apos;s support lifecycle for the
          Certificate Connector.
        </DialogContentText>
        <Stack spacing={2}>
          {field(
            'warningAfterHours',
            'Warning after (hours without contact)',
            'Whole hours, 1 to 720',
          )}
          {field(
            'unhealthyAfterDays',
            'Unhealthy after (days without contact)',
            'Whole days, 1 to 365',
          )}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => setDraft(toDraft(DEFAULT_HEALTH_SETTINGS))}>Restore defaults</Button>
        <Button onClick={onClose}>Cancel</Button>
        <Button
          variant="contained"
          disabled={!parsed.success}
          onClick={() => {
            if (!parsed.success) return;
            saveHealthSettings(parsed.data);
            onClose();
          }}
        >
          Save rules
        </Button>
      </DialogActions>
    </Dialog>
  );
}
