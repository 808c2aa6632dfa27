import { screen, within } from '@testing-library/react';

import { findConnectorRow as rowOf } from '@/testing/find-row';
import { renderApp } from '@/testing/render';

import { configureConnectorReleases } from '../lifecycle/release-table-store';

/** The text of the row's cell under `header`. */
async function cellText(name: string, header: string) {
  const row = await rowOf(name);
  const table = screen.getByRole('table', { name: 'NDES connectors' });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);
  return within(row).getAllByRole('cell')[headers.indexOf(header)]?.textContent;
}

const filter = () => screen.getByRole('group', { name: 'Filter by support' });
const listedNames = () =>
  within(screen.getByRole('table', { name: 'NDES connectors' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

describe('the Support column and its filter', () => {
  afterEach(() => configureConnectorReleases([]));

  it("shows each connector's support status beside its version", async () => {
    renderApp({ route: '/connectors' });
    expect(await cellText('CERT01 – NDES primary', 'Support')).toBe('Supported');
    expect(await cellText('PKCS EU', 'Support')).toBe('Unsupported since 18 Aug 2026');
    expect(await cellText('APAC SCEP', 'Support')).toBe(
      'Can no longer issue or revoke certificates',
    );
  });

  it('counts each group and keeps only the chosen one', async () => {
    const { user } = renderApp({ route: '/connectors' });
    await rowOf('PKCS EU');
    expect(
      within(filter())
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual([
      'All (10)',
      'Supported (7)',
      'Unsupported (1)',
      'May stop working (1)',
      "Can't issue (1)",
      'Unknown (0)',
    ]);
    await user.click(within(filter()).getByRole('button', { name: 'May stop working (1)' }));
    expect(listedNames()).toEqual(['Certificate Connector (old install)']);
  });

  it('judges by the releases config.json adds, without a rebuild', async () => {
    configureConnectorReleases([{ version: '6.2611.1.1', released: '2026-05-01' }]);
    renderApp({ route: '/connectors' });
    expect(await cellText('CERT01 – NDES primary', 'Support')).toBe('Unsupported since 1 Nov 2026');
  });

  it('names the mixed versions above the list', async () => {
    renderApp({ route: '/connectors' });
    const findings = await screen.findByRole('region', { name: 'Tenant findings' });
    expect(within(findings).getByRole('note')).toHaveTextContent(
      'Mixed versions: 6.2510.3.2002 on 7, 6.2406.0.2002 on 1, 6.2203.3.0 on 1, 6.2009.1.0 on 1 (Microsoft recommends one version for all)',
    );
  });
});
