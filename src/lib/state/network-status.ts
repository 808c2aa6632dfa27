import { onlineManager } from '@tanstack/react-query';

import { createStore } from './create-store';

const online = createStore(typeof navigator === 'undefined' ? true : navigator.onLine);
let listening = false;

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('online', () => online.set(true));
  window.addEventListener('offline', () => online.set(false));
}

/** Whether the browser believes it has a network: `navigator.onLine`, kept current by its events. */
export function isOnline(): boolean {
  listen();
  return online.get();
}

export function subscribeToNetworkStatus(listener: (online: boolean) => void): () => void {
  listen();
  return online.subscribe(() => listener(online.get()));
}

export function useOnline(): boolean {
  listen();
  return online.use();
}

/**
 * React Query pauses queries while offline and resumes them when the network returns; this makes it
 * follow the same signal the offline banner shows, instead of its own listeners.
 */
export function connectQueriesToNetworkStatus() {
  onlineManager.setEventListener((setOnline) => {
    setOnline(isOnline());
    return subscribeToNetworkStatus(setOnline);
  });
}
