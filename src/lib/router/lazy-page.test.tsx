import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

import { lazyPage } from './lazy-page';

it('loads the page’s code again on Retry after a failed load', async () => {
  let online = false;
  const Page = lazyPage(async () => {
    if (!online) throw new Error('Failed to fetch dynamically imported module');
    return () => <h1>Loaded</h1>;
  });
  render(
    <ErrorBoundary
      fallbackRender={({ resetErrorBoundary }) => (
        <button type="button" onClick={resetErrorBoundary}>
          Retry
        </button>
      )}
    >
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>
    </ErrorBoundary>,
  );

  const retry = await screen.findByRole('button', { name: 'Retry' });
  online = true;
  await userEvent.click(retry);
  expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeVisible();
});
