import { screen } from '@testing-library/react';

import { mockDb } from '@/mocks/node';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

/** The value beside a label in a description list (<dt>/<dd>), found by position, not by markup. */
function valueOf(label: string): HTMLElement {
  const terms = screen.getAllByRole('term');
  const values = screen.getAllByRole('definition');
  const index = terms.findIndex((term) => term.textContent === label);
  const value = values[index];
  if (index < 0 || !value) throw new Error(`No "${label}" on the page`);
  return value;
}

const seeded = (displayName: string | null) => {
  const connector = mockDb.listConnectors().find((c) => c.displayName === displayName);
  if (!connector) throw new Error(`No seeded connector named ${displayName}`);
  return connector;
};

describe('the connector page', () => {
  it('deep-links to a connector and shows every property and its id', async () => {
    const connector = seeded('West coast NDES');
    renderApp({ route: `/connectors/${connector.id}` });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'West coast NDES' }),
    ).toBeInTheDocument();
    expect(valueOf('Display name')).toHaveTextContent('West coast NDES');
    expect(valueOf('Machine name')).toHaveTextContent('CERT-USW-01.corp.contoso.com');
    expect(valueOf('State')).toHaveTextContent('Active');
    expect(valueOf('Connector version')).toHaveTextContent(connector.connectorVersion ?? '');
    expect(valueOf('Last connection')).toHaveTextContent('7 minutes ago');
    expect(valueOf('Last connection')).toHaveTextContent(connector.lastConnectionDateTime);
    // Graph's own text, byte for byte: 7 fractional digits and the -08:00 offset.
    expect(valueOf('Enrolled')).toHaveTextContent('2024-12-31T23:59:43.7971910-08:00');
    expect(await screen.findByText('Headquarters')).toBeInTheDocument();
    expect(valueOf('Scope tags')).toHaveTextContent('Default');
    expect(valueOf('Id')).toHaveTextContent(connector.id);
  });

  it('names an unnamed connector and shows — for what Graph left empty', async () => {
    const connector = seeded(null);
    mockDb.updateConnector(connector.id, { connectorVersion: null });
    renderApp({ route: `/connectors/${connector.id}` });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Unnamed connector' }),
    ).toBeInTheDocument();
    expect(valueOf('Connector version')).toHaveTextContent('—');
    expect(valueOf('State')).toHaveTextContent('Not available yet');
  });

  it('shows a scope tag id the tenant does not list as the raw id', async () => {
    const connector = seeded('PKCS EU');
    mockDb.updateConnector(connector.id, { roleScopeTagIds: ['2', 'Role Scope Tag Ids value'] });
    renderApp({ route: `/connectors/${connector.id}` });

    expect(await screen.findByText('Europe')).toBeInTheDocument();
    expect(valueOf('Scope tags')).toHaveTextContent('Role Scope Tag Ids value');
  });

  it('says the connector no longer exists for an unknown id', async () => {
    // React logs the error the route's boundary catches; that is the behaviour under test.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => quiet.mockRestore());
    renderApp({ route: '/connectors/00000000-0000-0000-0000-00000000dead' });

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This connector no longer exists in the tenant.');
    expect(alert).toHaveTextContent('ResourceNotFound');
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });
});

describe('a connector id that is not a plain identifier', () => {
  it.each(['..', '%2E%2E', 'abc%3F%24top%3D1', 'a%2Fb'])(
    'is refused before it reaches a URL: /connectors/%s',
    async (segment) => {
      const traffic = recordGraphTraffic();
      renderApp({ route: `/connectors/${segment}` });

      expect(await screen.findByText(/is not a connector id/)).toBeInTheDocument();
      // Nothing but the scope tag lookup reaches Graph.
      expect(
        traffic.requests.filter(({ url }) => !url.pathname.endsWith('/roleScopeTags')),
      ).toEqual([]);
    },
  );
});
