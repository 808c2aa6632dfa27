export type Notification = {
  id: number;
  severity: 'success' | 'info' | 'warning' | 'error';
  message: string;
};

type Listener = (notification: Notification) => void;
const listeners = new Set<Listener>();
let nextId = 1;

/** Shows a toast from anywhere, including non-React code such as the QueryCache. */
export function notify(severity: Notification['severity'], message: string) {
  const notification = { id: nextId++, severity, message };
  listeners.forEach((listener) => listener(notification));
}

export function subscribeToNotifications(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
