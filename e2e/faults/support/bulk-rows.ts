import type { Page } from '@playwright/test';

import type { Connector } from '../../../src/features/connectors/model/connector';
import type { FaultSpec } from '../../../src/features/demo/model/faults';
import { bulkDialog } from '../../support/bulk';
import { expect, test } from '../../support/demo-test';

import { changeElsewhere, changesAbout, connectorTraffic, LIST } from './connector-traffic';
import { armFault, clearRequestLog, faultHits } from './mock-graph';

export type BulkRow = {
  scenario: string;
  fault?: Omit<FaultSpec, 'scope' | 'method' | 'path'>;
  hits?: number;
  /** Changed in Graph once the dialog is ready, before the run starts. */
  changed?: Partial<Connector>;
  /** The struck connector's row in the results: its outcome and words. */
  outcome: string;
  detail: string | RegExp;
  /** The other connector's outcome. */
  other: string;
  summary: string;
  /** The outer requests in order, each `$batch` with its inner requests. */
  sent: string[];
  /** The struck connector's outcome on the Changes page. */
  logged: string;
};

type Connectors = { id: string; name: string };

export type BulkPlace = {
  place: string;
  /** The inner requests' method. */
  method: 'PATCH' | 'DELETE';
  /** The connector the faults and changes strike, and the one beside it. */
  struck: Connectors;
  other: Connectors;
  /** Selects both and brings the dialog to the button that starts the run. */
  ready: (page: Page) => Promise<void>;
  start: string;
};

const escaped = (text: string) => text.replace(/[()]/g, '\\$&');
const resultRow = (page: Page, name: string) =>
  bulkDialog(page)
    .getByRole('table', { name: 'Results' })
    .getByRole('row', { name: new RegExp(`^${escaped(name)}`) });

/**
 * One test per row: its fault fired, the results' words, the exact requests, the Changes page. The
 * spec marks its tests slow (a bulk run, then the Changes page).
 */
export function bulkRowTests(at: BulkPlace, rows: BulkRow[]) {
  for (const row of rows) {
    const description = `${row.outcome} "${String(row.detail)}"; sent ${row.sent.join(', ')}`;
    const annotation = { type: 'expected', description };
    test(`${at.place}: ${row.scenario}`, { annotation }, async ({ page }) => {
      await at.ready(page);
      await clearRequestLog(page);
      if (row.changed) await changeElsewhere(page, at.struck.id, row.changed);
      const path = `${LIST}/${at.struck.id}`;
      const fault =
        row.fault &&
        (await armFault(page, { scope: 'batch', method: at.method, path, ...row.fault }));
      await bulkDialog(page).getByRole('button', { name: at.start }).click();

      const struck = resultRow(page, at.struck.name);
      await expect(struck.getByRole('cell').nth(0)).toHaveText(row.outcome, { timeout: 20_000 });
      await expect(struck.getByRole('cell').nth(1)).toHaveText(row.detail);
      await expect(resultRow(page, at.other.name).getByRole('cell').nth(0)).toHaveText(row.other);
      await expect(bulkDialog(page).getByRole('status')).toHaveText(row.summary);
      if (fault) expect(await faultHits(page, fault.id)).toBe(row.hits);
      expect(await connectorTraffic(page)).toEqual(row.sent);

      const logged = await changesAbout(page, at.struck.id);
      await expect(logged).toHaveCount(1);
      await expect(logged.getByRole('cell').nth(-2)).toContainText(row.logged);
    });
  }
}
