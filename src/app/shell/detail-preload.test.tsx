import { screen } from '@testing-library/react';

import { paths } from '@/config/paths';
import { registerRoutePreload } from '@/lib/route-preload';
import { renderApp } from '@/testing/render';

describe('the app shell', () => {
  it('starts loading the detail page once the list is on screen, not during its first render', async () => {
    // Replaces the real loader the route table registered, to see when it is asked for.
    const loadDetail = vi.fn(() => Promise.resolve());
    registerRoutePreload(paths.connector.path, loadDetail);

    renderApp({ route: paths.connectors.href() });
    expect(loadDetail).not.toHaveBeenCalled();

    await screen.findByRole('heading', { level: 1, name: 'NDES connectors' });
    await vi.waitFor(() => expect(loadDetail).toHaveBeenCalledTimes(1));
  });
});
