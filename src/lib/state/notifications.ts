import { createStore } from './create-store';

export type Notification = {
  id: number;
  severity: 'success' | 'info' | 'warning' | 'error';
  message: string;
};

/** Toasts waiting to be shown, the one on screen first; a burst is shown in turn, not replaced. */
export const notificationQueue = createStore<readonly Notification[]>([]);
let nextId = 1;

/** Shows a toast from anywhere, including non-React code such as the QueryCache. */
export function notify(severity: Notification['severity'], message: string) {
  const notification = { id: nextId++, severity, message };
  notificationQueue.set((queue) => [...queue, notification]);
}

/** Takes a toast off the queue once it has closed, so the next one can show. */
export function dismissNotification(id: number) {
  notificationQueue.set((queue) => queue.filter((notification) => notification.id !== id));
}
