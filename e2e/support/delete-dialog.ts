import type { Page } from '@playwright/test';

import { expect } from './demo-test';

export const LEFTOVER = {
  id: 'c24e8f16-5a3d-4b7e-8c19-2d6a4f0e9c03',
  name: 'Certificate Connector (old install)',
};

export const deleteDialog = (page: Page, name: string) =>
  page.getByRole('dialog', { name: `Delete “${name}”?` });

/** The detail page of one connector, with its health judged against the whole list. */
export async function openDetail(page: Page, id: string, name: string) {
  await page.goto(`/connectors/${id}`);
  // A cold start of the lazy detail route can take a while on a busy runner.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 30_000 });
}
