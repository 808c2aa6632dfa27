import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { FormEvent, ReactNode } from 'react';

type ArmOneFormProps = {
  /** The form's heading, and its name unless `name` says otherwise. */
  title: string;
  name?: string;
  onArm: () => void;
  /** The one field, beside the Arm button. */
  field: ReactNode;
  /** What is armed, below (a status line). */
  children?: ReactNode;
};

/** A Fault lab form with one field and an Arm button, under its heading. */
export function ArmOneForm({ title, name = title, onArm, field, children }: ArmOneFormProps) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onArm();
  };
  return (
    <Stack component="form" spacing={1} aria-label={name} onSubmit={submit}>
      <Typography variant="subtitle2" component="h3">
        {title}
      </Typography>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        {field}
        <Button type="submit" variant="outlined">
          Arm
        </Button>
      </Stack>
      {children}
    </Stack>
  );
}
