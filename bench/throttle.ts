import type { CDPSession, Page } from '@playwright/test';

// Lighthouse's mobile profile: 4× slower CPU, and "slow 4G" (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up).
export const CPU_SLOWDOWN = 4;
const SLOW_4G = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

/** Slows the page's CPU and its own files' network; Playwright's routes (Entra ID, Graph) answer unslowed. */
export async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  return cdp;
}
