import { useState } from 'react';

import { lazyPart } from '@/components/lazy-part';
import { notificationQueue } from '@/lib/state/notifications';
import { usePreload } from '@/lib/use-preload';
import { withMui } from '@/theme/with-mui';

// MUI's Snackbar (with its transition and click-away listener) stays off the first page: it is fetched
// once the page is up, and mounted from the first notification on, so later toasts animate out.
const loadOutlet = withMui(
  async () => (await import('./notifications-outlet')).NotificationsOutlet,
);
const NotificationsOutlet = lazyPart(loadOutlet, { what: 'Notifications' });

export function LazyNotificationsOutlet() {
  const [first] = notificationQueue.use();
  const [needed, setNeeded] = useState(false);
  if (first && !needed) setNeeded(true);
  usePreload(loadOutlet);
  return needed ? <NotificationsOutlet /> : null;
}
