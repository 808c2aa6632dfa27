import { screen, within } from '@testing-library/react';

import { changeLog } from '@/features/change-log/change-log';
import { mockDb } from '@/mocks/node';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

const PATH = '/deviceManagement/ndesConnectors';
const CERT01 = 'CERT01 – NDES primary';
const KEPT = `Graph accepted the change, but Display name still reads ${CERT01}. Intune may manage this field itself.`;

it('shows a bulk write Graph accepted but did not apply as "Not applied", from the one read after the run', async () => {
  const { user } = renderApp({ route: '/connectors' });
  await user.click(await screen.findByRole('checkbox', { name: `Select ${CERT01}` }));
  await user.click(screen.getByRole('button', { name: 'Edit selected' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox', { name: 'Rename' }));
  await user.click(await screen.findByRole('option', { name: 'Add a suffix' }));
  await user.type(within(dialog).getByRole('textbox', { name: 'Suffix' }), ' (EU)');
  await user.click(within(dialog).getByRole('button', { name: 'Review' }));
  mockDb.faults.arm({
    scope: 'batch',
    method: 'PATCH',
    path: `${PATH}/:id`,
    kind: 'accept-ignore',
  });
  const traffic = recordGraphTraffic();
  await user.click(await within(dialog).findByRole('button', { name: 'Apply 1 change' }));

  const results = await within(dialog).findByRole('table', { name: 'Results' });
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    'Not everything was applied. not applied: 1.',
  );
  const row = within(results).getByRole('row', { name: new RegExp(CERT01) });
  expect(within(row).getByText('Not applied')).toBeInTheDocument();
  expect(within(row).getByText(KEPT)).toBeInTheDocument();
  expect(changeLog.get().at(-1)).toMatchObject({ outcome: 'not applied', detail: KEPT });
  expect(traffic.requests.map(({ method }) => method)).toEqual(['GET', 'POST', 'GET']);
}, 60_000);
