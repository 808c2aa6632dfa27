// The floor under a filter keystroke on the fleet page, for npm run bench:fleet: the fleet's own rows
// (from its CSV export), filtered by a plain input's listener and written by hand into the row elements
// already on the page, in the key's own frame. No React and no second frame: what this page costs this
// machine when nothing else does, to read the goal against.
/* global document -- installHandWrittenRows runs in the browser */
import { readFile } from 'node:fs/promises';

import { parseCsv } from './parse-csv.mjs';

export const FLOOR_INPUT_LABEL = 'Floor search';

/** Every row the fleet shows, in its order, as its Export CSV button saves them. */
export async function fleetRowsFromExport(page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const [header, ...records] = parseCsv(await readFile(await download.path(), 'utf8'));
  const at = (record, column) => record[header.indexOf(column)];
  return records.map((record) => ({
    tenant: at(record, 'Tenant'),
    path: `/t/${at(record, 'Tenant ID')}/connectors/${at(record, 'Connector ID')}`,
    name: at(record, 'Name'),
    health: at(record, 'Health'),
    reasons: at(record, 'Reasons'),
    state: at(record, 'State'),
    version: at(record, 'Version'),
    machine: at(record, 'Machine'),
    lastConnection: at(record, 'Last connection'),
  }));
}

/**
 * Adds the plain input above the fleet's table. Each of its input events filters `rows` on the text the
 * app searches (tenant, name, machine and version, lower case) and writes the first screenful into the table: every
 * text, link, title and badge the app's row shows, the bottom padding and the count line.
 */
export function installHandWrittenRows(page, rows) {
  return page.evaluate(
    ({ rows, label }) => {
      const table = document.querySelector('table.fleet-connectors');
      const elements = [...table.tBodies[0].rows].filter((row) => !row.hasAttribute('aria-hidden'));
      const bottomPadding = table.tBodies[0].lastElementChild;
      const rowHeight = elements[0].offsetHeight;
      const count = [...document.querySelectorAll('p')].find((node) =>
        node.textContent?.startsWith('Showing '),
      );
      const icons = Object.fromEntries(
        [...table.querySelectorAll('.health')].map((badge) => [
          badge.classList[1],
          badge.querySelector('path').getAttribute('d'),
        ]),
      );
      const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
      const exact = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'long' });
      const searchTexts = rows.map((row) =>
        `${row.tenant} ${row.name} ${row.machine} ${row.version}`.toLowerCase(),
      );
      // As React writes a lone text child: into its text node when there is one.
      const setText = (element, text) => {
        const node = element.firstChild;
        if (node && node === element.lastChild && node.nodeType === 3) node.nodeValue = text;
        else element.textContent = text;
      };
      const write = (element, row) => {
        const [tenant, name, health, state, version, last, reasons] = element.cells;
        setText(tenant, row.tenant);
        const link = name.firstElementChild;
        link.href = row.path;
        link.dataset.to = row.path;
        link.setAttribute('aria-label', `${row.name} in ${row.tenant}`);
        setText(link, row.name);
        const badge = health.firstElementChild;
        const level = row.health.toLowerCase();
        badge.className = `health ${level}`;
        badge.querySelector('path').setAttribute('d', icons[level] ?? Object.values(icons)[0]);
        badge.lastChild.nodeValue = row.health;
        setText(state, row.state);
        setText(version, row.version);
        const time = last.firstElementChild;
        const date = new Date(row.lastConnection);
        time.dateTime = row.lastConnection;
        time.title = exact.format(date);
        setText(
          time,
          relative.format(Math.round((date.getTime() - Date.now()) / 86_400_000), 'day'),
        );
        reasons.title = row.reasons;
        setText(reasons, row.reasons);
      };

      const input = document.createElement('input');
      input.setAttribute('aria-label', label);
      input.spellcheck = false;
      document.querySelector('[data-testid="fleet-scroller"]').before(input);
      input.addEventListener('input', () => {
        const text = input.value.trim().toLowerCase();
        const found = rows.filter((_, index) => searchTexts[index].includes(text));
        elements.forEach((element, index) => {
          element.hidden = index >= found.length;
          if (found[index]) write(element, found[index]);
        });
        bottomPadding.style.height = `${Math.max(0, found.length - elements.length) * rowHeight}px`;
        table.setAttribute('aria-rowcount', String(found.length + 1));
        count.textContent = `Showing ${found.length} of ${rows.length} connectors`;
      });
    },
    { rows, label: FLOOR_INPUT_LABEL },
  );
}
