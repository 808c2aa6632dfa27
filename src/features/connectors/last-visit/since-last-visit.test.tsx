import { screen, waitFor, within } from '@testing-library/react';

import { recordChanges } from '@/features/change-log/change-log';
import { mockDb } from '@/mocks/node';
import { testChangeEntry } from '@/testing/change-entry-fixture';
import { renderApp } from '@/testing/render';

const PRIMARY = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';
const HOME = '00000000-0000-4000-8000-00000000c0de';
const KEY = `ndes-connector-admin.last-visit.v1:demo-admin:${HOME}`;

async function visit() {
  const view = renderApp({ route: '/connectors' });
  await screen.findByRole('table', { name: 'NDES connectors' });
  return view;
}
const panel = () => screen.queryByRole('region', { name: /Since your last visit/ });

describe('Since your last visit', () => {
  it('keeps the list on the first visit and shows nothing', async () => {
    await visit();
    expect(panel()).not.toBeInTheDocument();
    // Kept by an effect after the list renders.
    await waitFor(() => {
      const kept = JSON.parse(localStorage.getItem(KEY) ?? 'null');
      expect(kept?.connectors).toHaveLength(mockDb.listConnectors().length);
    });
  });

  it('names a rename on the next visit until it is marked as seen', async () => {
    (await visit()).unmount();
    mockDb.updateConnector(PRIMARY, { displayName: 'PKI-01' });

    const { user, unmount } = await visit();
    const region = await screen.findByRole('region', { name: /Since your last visit/ });
    expect(within(region).getByText('Renamed: CERT01 – NDES primary → PKI-01')).toBeVisible();
    expect(within(region).queryByText('by you')).not.toBeInTheDocument();
    expect(within(region).getByText(/stays until you mark it as seen/)).toBeVisible();
    await user.click(within(region).getByRole('button', { name: 'Mark as seen' }));
    expect(panel()).not.toBeInTheDocument();
    unmount();

    await visit();
    expect(panel()).not.toBeInTheDocument();
  });

  it('marks a rename this app sent as made by you', async () => {
    (await visit()).unmount();
    mockDb.updateConnector(PRIMARY, { displayName: 'PKI-01' });
    recordChanges([testChangeEntry()]);

    await visit();
    const region = await screen.findByRole('region', { name: /Since your last visit/ });
    const item = within(region).getByRole('listitem');
    expect(item).toHaveTextContent('Renamed: CERT01 – NDES primary → PKI-01 by you');
  });

  it('ignores a corrupt snapshot and keeps a new one', async () => {
    localStorage.setItem(KEY, '{"savedAt": 3');
    await visit();
    expect(panel()).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null').connectors.length).toBeGreaterThan(0);
  });

  it('says quietly when the storage is full, and the list works on', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await visit();
    expect(await screen.findByText(/storage is full: the list is not kept/)).toBeVisible();
    expect(screen.getByRole('table', { name: 'NDES connectors' })).toBeVisible();
    vi.restoreAllMocks();
  });
});
