import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorBoundary } from 'react-error-boundary';

import { isOnline } from '@/lib/state/network-status';

import { lazyPart } from './lazy-part';

// The app follows the network's events from start-up on (connectQueriesToNetworkStatus).
beforeAll(isOnline);
afterEach(() => window.dispatchEvent(new Event('online')));

function failingLoads(failures: number) {
  let loads = 0;
  const load = async () => {
    loads += 1;
    if (loads <= failures) throw new TypeError('Failed to fetch dynamically imported module');
    return ({ onClose }: { onClose: () => void }) => (
      <div role="dialog" aria-label="Part">
        <button type="button" onClick={onClose}>
          Done
        </button>
      </div>
    );
  };
  return { load, loads: () => loads };
}

it('shows a failed load over the page, keeps the page, and loads again once the network is back', async () => {
  const { load, loads } = failingLoads(1);
  const Part = lazyPart(load, { what: 'The part' });
  act(() => void window.dispatchEvent(new Event('offline')));
  render(
    <main>
      <h1>Page</h1>
      <Part onClose={() => undefined} />
    </main>,
  );
  const notice = await screen.findByRole('alert');
  expect(notice).toHaveTextContent('The part could not be downloaded.');
  expect(notice).toHaveTextContent('You are offline.');
  expect(screen.getByRole('heading', { name: 'Page' })).toBeVisible();

  act(() => void window.dispatchEvent(new Event('online')));
  expect(await screen.findByRole('dialog', { name: 'Part' })).toBeVisible();
  expect(screen.queryByRole('alert')).toBeNull();
  expect(loads()).toBe(2);
});

it('Close closes the part through its owner, and the next open loads the code again', async () => {
  const { load, loads } = failingLoads(1);
  const Part = lazyPart(load, { what: 'The part' });
  const onClose = vi.fn();
  const { rerender } = render(<Part onClose={onClose} />);
  await userEvent.click(await screen.findByRole('button', { name: 'Close' }));
  expect(onClose).toHaveBeenCalledOnce();
  expect(screen.queryByRole('alert')).toBeNull();

  rerender(<></>);
  rerender(<Part onClose={onClose} />);
  expect(await screen.findByRole('dialog', { name: 'Part' })).toBeVisible();
  expect(loads()).toBe(2);
});

it('passes any other error on to the boundary above', async () => {
  const Part = lazyPart(
    async () =>
      function Broken(): never {
        throw new Error('A bug, not the network');
      },
    { what: 'The part' },
  );
  render(
    <ErrorBoundary fallbackRender={({ error }) => <p>Page error: {(error as Error).message}</p>}>
      <Part />
    </ErrorBoundary>,
  );
  expect(await screen.findByText('Page error: A bug, not the network')).toBeVisible();
});
