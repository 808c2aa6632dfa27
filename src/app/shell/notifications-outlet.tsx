import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';
import { useState } from 'react';

import { dismissNotification, notificationQueue } from '@/lib/state/notifications';

/**
 * One toast at a time, from the front of the queue (MUI's consecutive Snackbars): closing one lets it
 * leave, and the next shows once it has.
 */
export function NotificationsOutlet() {
  const [current] = notificationQueue.use();
  const [closingId, setClosingId] = useState<number | null>(null);
  const close = () => current && setClosingId(current.id);
  return (
    <Snackbar
      key={current?.id}
      open={current !== undefined && current.id !== closingId}
      autoHideDuration={5000}
      onClose={(_event, reason) => reason !== 'clickaway' && close()}
      slotProps={{ transition: { onExited: () => current && dismissNotification(current.id) } }}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      {current ? (
        <Alert severity={current.severity} variant="filled" onClose={close}>
          {current.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
