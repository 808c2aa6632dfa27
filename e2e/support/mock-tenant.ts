import type { Page } from '@playwright/test';

import { CONNECTORS_URL } from './seeded';

/**
 * Deletes a connector from the demo tenant, as another admin (or Intune itself) would: a Graph DELETE
 * sent from inside the page, which the mock service worker answers. Returns the answer's status.
 */
export function deleteConnectorInTenant(page: Page, id: string): Promise<number> {
  return page.evaluate(
    async (url) => (await fetch(url, { method: 'DELETE' })).status,
    `${CONNECTORS_URL}/${id}`,
  );
}

/** Renames a connector in the demo tenant, as another admin would: a Graph PATCH sent from inside the page. */
export function renameConnectorInTenant(page: Page, id: string, displayName: string) {
  return page.evaluate(
    async ([url, name]) => {
      const body = JSON.stringify({
        '@odata.type': '#microsoft.graph.ndesConnector',
        displayName: name,
      });
      const init = { method: 'PATCH', body, headers: { 'Content-Type': 'application/json' } };
      return (await fetch(url, init)).status;
    },
    [`${CONNECTORS_URL}/${id}`, displayName] as const,
  );
}
