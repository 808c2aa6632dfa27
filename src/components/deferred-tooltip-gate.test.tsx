import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { markFirstPageShown } from '@/lib/state/first-page-shown';

import { DeferredTooltip } from './deferred-tooltip';

// Its own file: the Tooltip, once loaded, stays loaded for the rest of a file's tests.
it('loads nothing until the first page is shown, then keeps the keyboard focus where it was', async () => {
  const user = userEvent.setup();
  render(
    <DeferredTooltip title="Theme: light">
      <button type="button">Theme</button>
    </DeferredTooltip>,
  );
  await user.tab();
  const waiting = screen.getByRole('button', { name: 'Theme: light' });
  expect(waiting).toHaveFocus();
  await act(() => import('@mui/material/Tooltip'));
  expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();

  act(() => markFirstPageShown());
  expect(await screen.findByRole('tooltip')).toHaveTextContent('Theme: light');
  const withTooltip = screen.getByRole('button', { name: 'Theme: light' });
  expect(withTooltip).not.toBe(waiting);
  expect(withTooltip).toHaveFocus();
});
