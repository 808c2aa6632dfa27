import { onlineManager } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

type Listener = (online: boolean) => void;

const listeners = new Set<Listener>();
let online = typeof navigator === 'undefined' ? true : navigator.onLine;
let listening = false;

function update(next: boolean) {
  if (next === online) return;
  online = next;
  listeners.forEach((listener) => listener(online));
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('online', () => update(true));
  window.addEventListener('offline', () => update(false));
}

/** Whether the browser believes it has a network: `navigator.onLine`, kept current by its events. */
export function isOnline(): boolean {
  listen();
  return online;
}

export function subscribeToNetworkStatus(listener: Listener): () => void {
  listen();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useOnline(): boolean {
  return useSyncExternalStore(subscribeToNetworkStatus, isOnline);
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
