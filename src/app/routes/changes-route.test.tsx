import { screen, within } from '@testing-library/react';

import { changeLog } from '@/features/change-log/change-log';
import { armFault, mockDb, receivedRequests } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const ONE = '/deviceManagement/ndesConnectors/:id';

afterEach(() => changeLog.set([]));

async function renameAndSave(name: string) {
  const found = mockDb.listConnectors().find((c) => c.displayName === 'PKCS EU');
  if (!found) throw new Error('The seed has no "PKCS EU" connector');
  const view = renderApp({ route: `/connectors/${found.id}/edit` });
  const field = await screen.findByRole('textbox', { name: /^Display name/ });
  await view.user.clear(field);
  await view.user.paste(name);
  await view.user.click(screen.getByRole('button', { name: 'Save' }));
  const review = await screen.findByRole('dialog', { name: 'Review changes before saving' });
  await view.user.click(within(review).getByRole('button', { name: 'Confirm and save' }));
  return { ...view, id: found.id };
}

const openChanges = async (user: ReturnType<typeof renderApp>['user']) => {
  const nav = screen.getByRole('navigation', { name: 'Main' });
  await user.click(within(nav).getByRole('link', { name: 'Changes' }));
  return screen.findByRole('heading', { level: 1, name: 'Changes' });
};

describe('the Changes page', () => {
  it('says nothing was sent yet, and where to find changes made elsewhere', async () => {
    renderApp({ route: '/changes' });
    expect(await screen.findByText(/No changes sent yet/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Intune admin center' })).toHaveAttribute(
      'href',
      'https://intune.microsoft.com/',
    );
    expect(screen.getByText(/Tenant administration > Audit logs/)).toBeVisible();
  });

  it('lists a save with the old and new value and the request-id Graph sent', async () => {
    const { user, id } = await renameAndSave('PKI-EU-01');
    expect(await screen.findByText(/^Saved: Display name/)).toBeVisible();
    await openChanges(user);

    const [patch] = receivedRequests('PATCH', ONE);
    const row = screen.getByRole('row', { name: /PKI-EU-01/ });
    expect(row).toHaveTextContent('Display name: PKCS EU → PKI-EU-01');
    expect(row).toHaveTextContent(id);
    expect(row).toHaveTextContent('saved');
    expect(row).toHaveTextContent(`request-id: ${patch?.requestId}`);
  });

  it('lists a field Intune kept as not applied, never as saved', async () => {
    armFault({ method: 'PATCH', path: ONE, kind: 'accept-ignore' });
    const { user } = await renameAndSave('PKI-EU-01');
    expect(await screen.findByText('Not applied: Display name')).toBeVisible();
    expect(screen.queryByText(/^Saved/)).not.toBeInTheDocument();
    // The form still holds the value Graph does not: leaving asks first.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await user.click(within(nav).getByRole('link', { name: 'Changes' }));
    const ask = await screen.findByRole('dialog', { name: 'Discard unsaved changes?' });
    await user.click(within(ask).getByRole('button', { name: /Discard/ }));
    await screen.findByRole('heading', { level: 1, name: 'Changes' });

    const row = screen.getByRole('row', { name: /PKI-EU-01/ });
    expect(row).toHaveTextContent(/not applied/);
    expect(row).toHaveTextContent('Display name still reads PKCS EU');
  });
});
