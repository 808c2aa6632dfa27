import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { AuthContextProvider } from '@/lib/auth/auth-context';
import { createDemoAuthClient, demoAuthClient } from '@/lib/auth/demo-auth-client';
import { createDemoControls } from '@/mocks/mock-graph-api';
import { mockDb } from '@/mocks/node';

import { FaultLabDialog } from './fault-lab-dialog';

function renderLab(client = demoAuthClient) {
  const demo = createDemoControls(mockDb);
  const user = userEvent.setup();
  render(
    <AuthContextProvider client={client}>
      <FaultLabDialog demo={demo} open onClose={() => undefined} />
    </AuthContextProvider>,
  );
  return { user, dialog: screen.getByRole('dialog', { name: 'Fault lab' }) };
}

async function choose(
  user: ReturnType<typeof userEvent.setup>,
  label: string,
  option: string | RegExp,
) {
  await user.click(screen.getByRole('combobox', { name: label }));
  await user.click(screen.getByRole('option', { name: option }));
}

it('arms the fault the presenter picks on the place they pick', async () => {
  const { user, dialog } = renderLab();
  await choose(user, 'Target', 'Save (PATCH)');
  await choose(user, 'Fault', '429 Too Many Requests');
  await user.clear(within(dialog).getByRole('spinbutton', { name: 'Requests to fail' }));
  await user.type(within(dialog).getByRole('spinbutton', { name: 'Requests to fail' }), '2');
  await choose(user, 'Retry-After header', 'As an HTTP date');
  await user.clear(within(dialog).getByRole('spinbutton', { name: 'Retry-After (seconds)' }));
  await user.type(within(dialog).getByRole('spinbutton', { name: 'Retry-After (seconds)' }), '5');
  await user.click(within(dialog).getByRole('button', { name: 'Arm fault' }));

  expect(mockDb.faults.list()).toEqual([
    expect.objectContaining({
      method: 'PATCH',
      path: '/deviceManagement/ndesConnectors/:id',
      kind: 'http-429',
      count: 2,
      retryAfter: { seconds: 5, format: 'http-date' },
      hits: 0,
    }),
  ]);
  const row = within(within(dialog).getByRole('table', { name: 'Armed faults' })).getAllByRole(
    'row',
  )[1];
  expect(row).toHaveTextContent(
    'Save (PATCH)429 Too Many Requests, Retry-After 5 s as an HTTP date0 of 2',
  );
});

it('arms a fault for one tenant of several, and says which', async () => {
  const fabrikam = { tenantId: '00000000-0000-4000-8000-00000000fab1', name: 'Fabrikam' };
  const { user, dialog } = renderLab(
    createDemoAuthClient([
      { tenantId: '00000000-0000-4000-8000-00000000c0de', name: 'Contoso' },
      fabrikam,
    ]),
  );
  await choose(user, 'Tenant', 'Fabrikam');
  await user.click(within(dialog).getByRole('button', { name: 'Arm fault' }));

  expect(mockDb.faults.list()).toEqual([expect.objectContaining({ tenantId: fabrikam.tenantId })]);
  const table = within(dialog).getByRole('table', { name: 'Armed faults' });
  expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/in Fabrikam/);
});

it('offers no tenant choice with one tenant: a fault strikes its requests', () => {
  renderLab();
  expect(screen.queryByRole('combobox', { name: 'Tenant' })).not.toBeInTheDocument();
});

it('shows hits as requests use a fault up, and disarms everything', async () => {
  const { user, dialog } = renderLab();
  await user.click(within(dialog).getByRole('button', { name: 'Arm fault' }));
  expect(dialog).toHaveTextContent('0 of 1');

  mockDb.faults.take('GET', '/deviceManagement/ndesConnectors');
  expect(await within(dialog).findByText('1 of 1 (used up)')).toBeVisible();

  await user.click(within(dialog).getByRole('button', { name: 'Disarm all faults' }));
  expect(within(dialog).getByText(/No faults armed/)).toBeVisible();
  expect(mockDb.faults.list()).toEqual([]);
});

it('offers Retry-After only for a status fault', async () => {
  const { user } = renderLab();
  await choose(user, 'Fault', 'Network failure (no answer)');
  expect(screen.getByRole('combobox', { name: 'Retry-After header' })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
});

it('switches the PATCH answer between 204 and 200 with the connector', async () => {
  const { user } = renderLab();
  const toggle = screen.getByRole('switch', { name: /Answer a save with 200/ });
  expect(toggle).not.toBeChecked();
  await user.click(toggle);
  expect(mockDb.patchResponse()).toBe('entity');
});

it('arms a decimal 429 on the nth inner PATCH of a bulk $batch', async () => {
  const { user, dialog } = renderLab();
  await choose(user, 'Target', /Bulk edit: a PATCH inside \$batch/);
  await choose(user, 'Fault', '429 Too Many Requests');
  await user.type(within(dialog).getByRole('spinbutton', { name: /Place in the batch/ }), '3');
  await choose(user, 'Retry-After header', 'In seconds');
  await user.clear(within(dialog).getByRole('spinbutton', { name: 'Retry-After (seconds)' }));
  await user.type(
    within(dialog).getByRole('spinbutton', { name: 'Retry-After (seconds)' }),
    '0.249',
  );
  await user.click(within(dialog).getByRole('button', { name: 'Arm fault' }));

  expect(mockDb.faults.list()).toEqual([
    expect.objectContaining({
      scope: 'batch',
      method: 'PATCH',
      position: 3,
      kind: 'http-429',
      retryAfter: { seconds: 0.249, format: 'seconds' },
    }),
  ]);
  expect(within(dialog).getByRole('table', { name: 'Armed faults' })).toHaveTextContent(
    'Bulk edit: a PATCH inside $batch, inner request 3',
  );
});

it('offers the delete as a place to arm a fault', async () => {
  const { user, dialog } = renderLab();
  await choose(user, 'Target', 'Delete (DELETE)');
  await user.click(within(dialog).getByRole('button', { name: 'Arm fault' }));
  expect(mockDb.faults.list()).toEqual([
    expect.objectContaining({
      method: 'DELETE',
      scope: 'direct',
      path: expect.stringMatching(/:id$/),
    }),
  ]);
});
