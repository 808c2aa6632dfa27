// Every key the app itself keeps (drafts, notes for the next start) shares this prefix; MSAL's are apart.
const APP_PREFIX = 'ndes-connector-admin.';
const SIGNED_OUT_KEY = `${APP_PREFIX}signed-out-reason`;

/** Tabs of the app tell each other about sign-out and activity on this channel. */
export const SESSION_CHANNEL = 'ndes-connector-admin.session';

export type SignedOutReason = 'idle' | 'other-tab';

/** Drops what the app kept in this tab (drafts included); MSAL clears its own cache on sign-out. */
export function clearAppStorage() {
  for (const key of Object.keys(sessionStorage)) {
    if (key.startsWith(APP_PREFIX)) sessionStorage.removeItem(key);
  }
}

/** Leaves a note for the sign-in page the app starts on after sign-out: why it happened. */
export function noteSignedOut(reason: SignedOutReason) {
  sessionStorage.setItem(SIGNED_OUT_KEY, reason);
}

/** The note, read once. */
export function takeSignedOutReason(): SignedOutReason | null {
  const reason = sessionStorage.getItem(SIGNED_OUT_KEY);
  sessionStorage.removeItem(SIGNED_OUT_KEY);
  return reason === 'idle' || reason === 'other-tab' ? reason : null;
}
