import type { Page } from '@playwright/test';

import type { Connector } from '../../../src/features/connectors/model/connector';
import type { MockGraphApi } from '../../../src/mocks/mock-graph-api';

import { loggedRequests } from './mock-graph';

export const LIST = '/deviceManagement/ndesConnectors';
export const BATCH = '/$batch';

type BatchBody = { requests?: { method: string; url: string }[] };

/**
 * The connector requests the mock Graph received since its log was cleared, in order: `METHOD path`,
 * and for a `$batch` its inner requests, `POST /$batch [DELETE /…/a, DELETE /…/b]`.
 */
export async function connectorTraffic(page: Page): Promise<string[]> {
  return (await loggedRequests(page))
    .filter(({ path }) => path === BATCH || path.startsWith(LIST))
    .map(({ method, path, body }) => {
      if (path !== BATCH) return `${method} ${path}`;
      const inner = (JSON.parse(body ?? '{}') as BatchBody).requests ?? [];
      return `${method} ${path} [${inner.map(({ method: m, url }) => `${m} ${url}`).join(', ')}]`;
    });
}

type MockGraphWindow = Window & { __mockGraph?: MockGraphApi };

/** Changes a connector in the mock Graph as it would change elsewhere: the app is not told. */
export async function changeElsewhere(page: Page, id: string, changes: Partial<Connector>) {
  await page.evaluate(
    (change) => (window as MockGraphWindow).__mockGraph?.updateConnector(change),
    { id, changes },
  );
}

/** The rows of the Changes page about one connector. */
export async function changesAbout(page: Page, name: string) {
  await page.goto('/changes');
  return page
    .getByRole('table', { name: 'Changes sent in this session' })
    .getByRole('row')
    .filter({ hasText: name });
}
