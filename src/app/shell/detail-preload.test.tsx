import { screen } from '@testing-library/react';

import { paths } from '@/config/paths';
import { registerRoutePreload } from '@/lib/route-preload';
import { renderApp } from '@/testing/render';

describe('the app shell', () => {
  it('starts loading the detail page as soon as it mounts, before any connector is opened', async () => {
    // Replaces the real loader the route table registered, to see when it is asked for.
    const loadDetail = vi.fn(() => Promise.resolve());
    registerRoutePreload(paths.connector.path, loadDetail);

    renderApp({ route: paths.connectors.href() });

    await screen.findByRole('heading', { level: 1, name: 'NDES connectors' });
    expect(loadDetail).toHaveBeenCalledTimes(1);
  });
});
