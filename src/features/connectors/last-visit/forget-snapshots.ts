/**
 * "Forget this browser's snapshots" for the shell: the snapshot store loads with the list's
 * "Since your last visit", off the first page, so the shell reaches it on demand.
 */
export async function forgetSnapshots(): Promise<void> {
  (await import('./last-visit-store')).forgetSnapshots();
}
