import { lazy, Suspense, useEffect, useState } from 'react';

import { notificationQueue } from '@/lib/state/notifications';

// MUI's Snackbar (with its transition and click-away listener) stays off the first page: it is fetched
// once the page is up, and mounted from the first notification on, so later toasts animate out.
const loadOutlet = () => import('./notifications-outlet');
const NotificationsOutlet = lazy(async () => ({
  default: (await loadOutlet()).NotificationsOutlet,
}));

export function LazyNotificationsOutlet() {
  const [first] = notificationQueue.use();
  const [needed, setNeeded] = useState(false);
  if (first && !needed) setNeeded(true);
  useEffect(() => {
    void loadOutlet().catch(() => undefined);
  }, []);
  return needed ? (
    <Suspense fallback={null}>
      <NotificationsOutlet />
    </Suspense>
  ) : null;
}
