import { screen, within } from '@testing-library/react';
import { http } from 'msw';

import { graphErrorResponse, graphJson } from '@/mocks/graph/graph-response';
import { mockDb, server } from '@/mocks/node';
import { findConnectorRow as rowOf } from '@/testing/find-row';
import { recordGraphTraffic } from '@/testing/record-requests';
import { renderApp } from '@/testing/render';

const LIST = '*/beta/deviceManagement/ndesConnectors';

describe('the connectors page', () => {
  it('lists every seeded connector with its name and machine name', async () => {
    renderApp({ route: '/connectors' });

    const table = await screen.findByRole('table', { name: 'NDES connectors' });
    for (const connector of mockDb.listConnectors()) {
      if (connector.displayName) {
        expect(within(table).getByRole('link', { name: connector.displayName })).toHaveAttribute(
          'href',
          `/connectors/${connector.id}`,
        );
      }
      expect(within(table).getAllByText(connector.machineName ?? '').length).toBeGreaterThan(0);
    }
    expect(within(table).getAllByRole('row')).toHaveLength(mockDb.listConnectors().length + 1);
  });

  it('shows scope tags by name, not by id, and the last connection as a relative time', async () => {
    renderApp({ route: '/connectors' });

    const row = await rowOf('CERT01 – NDES primary');
    expect(await within(row).findByText('Headquarters')).toBeInTheDocument();
    expect(within(row).getByText('Default')).toBeInTheDocument();
    expect(within(row).queryByText('1')).not.toBeInTheDocument();
    expect(within(row).getByText('4 minutes ago')).toBeInTheDocument();
    expect(
      within(await rowOf('Certificate Connector (old install)')).getByText('5 weeks ago'),
    ).toBeInTheDocument();
  });

  it('calls a connector without a display name "Unnamed connector"', async () => {
    renderApp({ route: '/connectors' });

    const link = await screen.findByRole('link', { name: 'Unnamed connector' });
    const unnamed = mockDb.listConnectors().find((connector) => connector.displayName === null);
    expect(link).toHaveAttribute('href', `/connectors/${unnamed?.id}`);
  });

  it('says so when the tenant has no connectors', async () => {
    server.use(http.get(LIST, ({ request }) => graphJson(request, { value: [] })));
    renderApp({ route: '/connectors' });

    expect(
      await screen.findByText(/This tenant has no NDES or Certificate Connectors yet/),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a Graph failure with its request-id, and Retry loads the list', async () => {
    // React logs the error the route's boundary catches; that is the behaviour under test.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => quiet.mockRestore());
    server.use(
      http.get(
        LIST,
        ({ request }) =>
          graphErrorResponse(request, {
            status: 500,
            code: 'InternalServerError',
            message: 'Something broke inside Intune',
          }),
        { once: true },
      ),
    );
    const traffic = recordGraphTraffic();
    const { user } = renderApp({ route: '/connectors' });

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/Microsoft Graph had a problem answering/)).toBeInTheDocument();
    expect(within(alert).getByText('Something broke inside Intune')).toBeInTheDocument();
    const requestId = traffic
      .answered('GET')
      .find((answer) => answer.status === 500)
      ?.headers.get('request-id');
    expect(requestId).toBeTruthy();
    expect(within(alert).getByText(requestId ?? '')).toBeInTheDocument();

    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByRole('table', { name: 'NDES connectors' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
