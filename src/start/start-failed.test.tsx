import { render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';

import { startOrExplain } from './start-failed';

it('shows why the app could not start instead of a blank page, with a way to reload', async () => {
  const rendered: ReactNode[] = [];
  await startOrExplain(
    () => Promise.reject(new Error('Failed to fetch dynamically imported module: /assets/x.js')),
    (node) => rendered.push(node),
  );
  expect(rendered).toHaveLength(1);
  render(<>{rendered[0]}</>);
  expect(screen.getByRole('alert')).toHaveTextContent(
    'The app could not start.Failed to fetch dynamically imported module: /assets/x.js',
  );
  expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
});

it('renders nothing of its own when the start succeeds', async () => {
  const rendered: ReactNode[] = [];
  await startOrExplain(
    async (to) => to('the app'),
    (node) => rendered.push(node),
  );
  expect(rendered).toEqual(['the app']);
});
