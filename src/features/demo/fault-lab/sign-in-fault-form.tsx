import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';

import { armDemoSignInFault, demoSignInFault } from '@/lib/auth/demo-sign-in-fault';

import { ArmOneForm } from './arm-one-form';

/** Arms "the next token needs sign-in" for a bulk run or a delete, after some of its tokens. */
export function SignInFaultForm() {
  const [after, setAfter] = useState('0');
  const armed = demoSignInFault.use();
  // The status line below says what is armed (and when it has struck).
  const arm = () => armDemoSignInFault(Math.min(100, Math.max(0, Math.trunc(Number(after) || 0))));
  return (
    <ArmOneForm
      title="Next token needs sign-in"
      onArm={arm}
      field={
        <TextField
          label="Tokens to let through first"
          helperText="Counts only a bulk run’s or a delete’s tokens (one per read or $batch): 2 lets the check and the first batch through. Then every such token needs sign-in until you sign in."
          type="number"
          value={after}
          onChange={(event) => setAfter(event.target.value)}
          slotProps={{ htmlInput: { min: 0, max: 100 } }}
          size="small"
          sx={{ flex: 1 }}
        />
      }
    >
      {armed && (
        <Typography variant="body2" role="status">
          {'needed' in armed
            ? 'A run’s token now needs sign-in.'
            : `Armed: ${armed.after} more tokens of a run, then sign-in is needed.`}
        </Typography>
      )}
    </ArmOneForm>
  );
}
