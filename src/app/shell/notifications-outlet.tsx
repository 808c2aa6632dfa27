import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useEffect, useState } from 'react';

import { subscribeToNotifications, type Notification } from '@/lib/notifications';

export function NotificationsOutlet() {
  const [current, setCurrent] = useState<Notification | null>(null);
  useEffect(() => subscribeToNotifications(setCurrent), []);
  return (
    <Snackbar
      key={current?.id}
      open={current !== null}
      autoHideDuration={5000}
      onClose={(_event, reason) => reason !== 'clickaway' && setCurrent(null)}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {current ? (
        <Alert severity={current.severity} variant="filled" onClose={() => setCurrent(null)}>
          {current.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
