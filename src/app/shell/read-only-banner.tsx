import Alert from '@mui/material/Alert';

import { useAccessMode } from '@/lib/auth/access-mode';

export function ReadOnlyBanner() {
  const mode = useAccessMode();
  if (!mode.readOnly) return null;
  return (
    <Alert severity="info" sx={{ mb: 2 }}>
      {mode.reason}
    </Alert>
  );
}
