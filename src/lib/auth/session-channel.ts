import { clearAppStorage, noteSignedOut, SESSION_CHANNEL } from './session-storage';

export type SessionMessage = { type: 'signed-out' } | { type: 'activity'; at: number };

// One channel object per tab for posting and listening: a BroadcastChannel never hears its own posts,
// so a tab is not told about its own sign-out.
let channel: BroadcastChannel | null = null;
const getChannel = () => (channel ??= new BroadcastChannel(SESSION_CHANNEL));

export function postSessionMessage(message: SessionMessage) {
  getChannel().postMessage(message);
}

export function onSessionMessage(listener: (message: SessionMessage) => void): () => void {
  const handle = (event: MessageEvent<SessionMessage>) => listener(event.data);
  getChannel().addEventListener('message', handle);
  return () => getChannel().removeEventListener('message', handle);
}

/**
 * Signs this tab out when another tab of the app signs out: its own token cache (sessionStorage is
 * per tab) and drafts go, and it starts again on the sign-in page, which says why.
 */
export function followSignOutInOtherTabs(clearTokenCache: () => Promise<void>, leave: () => void) {
  return onSessionMessage((message) => {
    if (message.type !== 'signed-out') return;
    void clearTokenCache().finally(() => {
      clearAppStorage();
      noteSignedOut('other-tab');
      leave();
    });
  });
}
