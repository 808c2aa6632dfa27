import { screen, within } from '@testing-library/react';

import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

const CERT01 = 'CERT01 – NDES primary';
const CERT02 = 'CERT02 – NDES secondary';
const OLD_INSTALL = 'Certificate Connector (old install)';
const APAC = 'APAC SCEP';

async function openDeleteSelected(names: string[]) {
  const { user } = renderApp({ route: '/connectors' });
  for (const name of names) {
    await user.click(await screen.findByRole('checkbox', { name: `Select ${name}` }));
  }
  await user.click(screen.getByRole('button', { name: 'Delete selected' }));
  return { user, dialog: await screen.findByRole('dialog', {}, { timeout: 15_000 }) };
}

describe('the Delete selected guard', { timeout: 60_000 }, () => {
  it('asks for the number of connectors when some are in use, and only that number', async () => {
    const { user, dialog } = await openDeleteSelected([CERT01, CERT02]);
    const remove = within(dialog).getByRole('button', { name: 'Delete 2 connectors' });
    const field = within(dialog).getByRole('textbox', { name: 'Number of connectors to delete' });
    expect(remove).toBeDisabled();
    expect(
      within(dialog).getByText(
        '2 of these are not leftovers or long inactive: type 2 to delete them.',
      ),
    ).toBeInTheDocument();

    await user.type(field, '3');
    expect(remove).toBeDisabled();
    await user.clear(field);
    await user.type(field, '2');
    expect(remove).toBeEnabled();
  });

  it('deletes leftovers and long-inactive connectors without a number', async () => {
    const { user, dialog } = await openDeleteSelected([OLD_INSTALL, APAC]);
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(dialog).getAllByText('Unhealthy')).toHaveLength(2);
    const traffic = recordGraphTraffic();
    await user.click(within(dialog).getByRole('button', { name: 'Delete 2 connectors' }));
    expect(await within(dialog).findByText('All 2 done.')).toBeInTheDocument();
    // The check before sending, then one $batch; the list is read again after.
    expect(traffic.requests.map(({ method }) => method).slice(0, 2)).toEqual(['GET', 'POST']);
  });
});
