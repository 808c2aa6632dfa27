import type { BrowserContext } from '@playwright/test';

/**
 * Makes one of the app's code chunks fail to arrive: `offline`, as a network that dropped before it
 * was fetched; `gone`, a 404, as after a new deploy removed the old hashed file. Through the context,
 * not the page: MSW's service worker would otherwise see the request first. Returns the undo.
 */
export async function blockCode(
  context: BrowserContext,
  chunk: string,
  how: 'offline' | 'gone',
): Promise<() => Promise<void>> {
  const glob = `**/assets/${chunk}-*.js`;
  await context.route(glob, (route) =>
    how === 'offline' ? route.abort('internetdisconnected') : route.fulfill({ status: 404 }),
  );
  return () => context.unroute(glob);
}
