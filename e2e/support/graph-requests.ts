import type { Page, Request } from '@playwright/test';

import { GRAPH_BETA } from './seeded';

export const isGraphPatch = (request: Request) =>
  request.method() === 'PATCH' && request.url().startsWith(`${GRAPH_BETA}/`);

/**
 * Every PATCH the page sends to Graph, in order. The page's own `request` event fires for requests
 * the mock service worker answers too (checked: they carry the app's headers and body, and their
 * responses report fromServiceWorker()), so this sees exactly what the app put on the wire.
 */
export function capturePatches(page: Page): Request[] {
  const patches: Request[] = [];
  page.on('request', (request) => {
    if (isGraphPatch(request)) patches.push(request);
  });
  return patches;
}

/** Every read of Intune's audit log the page sends, in order (the mock service worker's answered too). */
export function captureAuditReads(page: Page): Request[] {
  const reads: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/deviceManagement/auditEvents'))
      reads.push(request);
  });
  return reads;
}
