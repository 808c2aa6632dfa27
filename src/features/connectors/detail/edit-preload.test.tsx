import { screen } from '@testing-library/react';

import { paths } from '@/config/paths';
import { preloadRoute, registerRoutePreload } from '@/lib/route-preload';
import { mockDb } from '@/mocks/node';
import { renderApp } from '@/testing/render';

describe('the Edit button on the connector page', () => {
  it('starts loading the editor when pointed at or focused, before any click', async () => {
    const [connector] = mockDb.listConnectors();
    const { user } = renderApp({ route: `/connectors/${connector?.id}` });
    // Replaces the real loader the route table registered, to see when it is asked for.
    const loadEditor = vi.fn(() => Promise.resolve());
    registerRoutePreload(paths.connectorEdit.path, loadEditor);
    const edit = await screen.findByRole('link', { name: 'Edit' });
    expect(loadEditor).not.toHaveBeenCalled();

    await user.hover(edit);
    expect(loadEditor).toHaveBeenCalledTimes(1);

    edit.focus();
    expect(loadEditor).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('leaves a failed preload for the navigation to report', async () => {
    const failing = vi.fn(() => Promise.reject(new Error('offline')));
    registerRoutePreload('/failing', failing);
    expect(() => preloadRoute('/failing')).not.toThrow();
    await expect(failing.mock.results[0]?.value).rejects.toThrow('offline');
    expect(() => preloadRoute('/not-registered')).not.toThrow();
  });
});
