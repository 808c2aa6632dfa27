import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense } from 'react';
import { ErrorBoundary } from 'react-error-boundary';

import { CodeLoadError } from './code-load-error';
import { lazyCode, retryFailedCode } from './lazy-code';

it('shows a failed load of the page’s code, and loads it again on Retry', async () => {
  let online = false;
  let loads = 0;
  // Fails a moment later, as a dropped network does: not within the render that started the load.
  const Page = lazyCode(async () => {
    loads += 1;
    await new Promise((resolve) => setTimeout(resolve, 50));
    if (!online) throw new Error('Failed to fetch dynamically imported module');
    return () => <h1>Loaded</h1>;
  });
  render(
    <ErrorBoundary
      onReset={retryFailedCode}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <button type="button" onClick={resetErrorBoundary}>
          Retry {error instanceof CodeLoadError && 'the page’s code'}
        </button>
      )}
    >
      <Suspense fallback={<p>Loading</p>}>
        <Page />
      </Suspense>
    </ErrorBoundary>,
  );

  const retry = await screen.findByRole('button', { name: 'Retry the page’s code' });
  expect(loads).toBe(1);
  online = true;
  await userEvent.click(retry);
  expect(await screen.findByRole('heading', { name: 'Loaded' })).toBeVisible();
  expect(loads).toBe(2);
});
