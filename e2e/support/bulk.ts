import type { Page, Request } from '@playwright/test';

import { GRAPH_BETA } from './seeded';

export type BatchBody = {
  requests: {
    id: string;
    method: string;
    url: string;
    headers?: Record<string, string>;
    body?: unknown;
  }[];
};

/** Every Graph request the page sends from now on (the mock service worker answers them). */
export function captureGraphRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => {
    if (request.url().startsWith(`${GRAPH_BETA}/`)) requests.push(request);
  });
  return requests;
}

export const batchPosts = (requests: Request[]) =>
  requests.filter(
    (request) => request.method() === 'POST' && request.url() === `${GRAPH_BETA}/$batch`,
  );

export function batchBodyOf(request: Request | undefined): BatchBody {
  if (!request) throw new Error('No $batch request was sent.');
  return request.postDataJSON() as BatchBody;
}

export const bulkDialog = (page: Page) => page.getByRole('dialog');
export const selectionToolbar = (page: Page) =>
  page.getByRole('toolbar', { name: 'Selected connectors' });

export async function selectAllAndEdit(page: Page) {
  await page.getByRole('checkbox', { name: 'Select all connectors in this filter' }).check();
  await selectionToolbar(page).getByRole('button', { name: 'Edit selected' }).click();
}

/** Picks "Add a suffix" and types it. */
export async function renameWithSuffix(page: Page, suffix: string) {
  await bulkDialog(page).getByRole('combobox', { name: 'Rename' }).click();
  await page.getByRole('option', { name: 'Add a suffix' }).click();
  await bulkDialog(page).getByRole('textbox', { name: 'Suffix' }).fill(suffix);
}

/** Selects every connector, asks for a suffix and opens the review: nothing is sent yet. */
export async function reviewSuffixOnAll(page: Page, suffix: string) {
  await selectAllAndEdit(page);
  await renameWithSuffix(page, suffix);
  await bulkDialog(page).getByRole('button', { name: 'Review' }).click();
}
