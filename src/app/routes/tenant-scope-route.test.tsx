import { screen, within } from '@testing-library/react';

import { createDemoAuthClient, DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

const FABRIKAM = '00000000-0000-4000-8000-00000000fab1';
const NORTHWIND = '00000000-0000-4000-8000-00000000a0e7';
const client = createDemoAuthClient([
  { tenantId: DEMO_ACCOUNT.tenantId, name: 'Contoso' },
  { tenantId: FABRIKAM, name: 'Fabrikam' },
  { tenantId: NORTHWIND, name: 'Northwind' },
]);

it(
  'drops a bulk dialog opened in one tenant when the page moves to another',
  { timeout: 60_000 },
  async () => {
    const { user, history } = renderApp({ route: `/t/${FABRIKAM}/connectors`, client });
    await user.click(
      await screen.findByRole(
        'checkbox',
        { name: 'Select all connectors in this filter' },
        { timeout: 15_000 },
      ),
    );
    await user.click(screen.getByRole('button', { name: 'Delete selected' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 });
    expect(within(dialog).getByRole('list', { name: 'Connectors to delete' })).toBeInTheDocument();

    const traffic = recordGraphTraffic();
    history.navigator.push(`/t/${NORTHWIND}/connectors`);

    await screen.findByRole(
      'checkbox',
      { name: 'Select all connectors in this filter' },
      { timeout: 15_000 },
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(traffic.requests.filter(({ method }) => method !== 'GET')).toEqual([]);
  },
);
