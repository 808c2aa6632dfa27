import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { firstPageShown } from '@/lib/state/first-page-shown';

import { DeferredTooltip } from './deferred-tooltip';

/** Lets the Tooltip's own chunk arrive. */
const tooltipLoaded = () =>
  act(async () => {
    await import('@mui/material/Tooltip');
  });

describe('DeferredTooltip', () => {
  // The first page is up: the Tooltip loads as soon as one is rendered.
  beforeAll(() => firstPageShown.set(true));

  // First, while the Tooltip's chunk is still on its way.
  it('opens once it has loaded when the pointer arrived first', async () => {
    render(
      <DeferredTooltip title="Scope tag id 7">
        <span>tag</span>
      </DeferredTooltip>,
    );
    await userEvent.hover(screen.getByText('tag'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Scope tag id 7');
  });

  it('names the child as MUI would, before and after the tooltip has loaded', async () => {
    render(
      <DeferredTooltip title="Scope tag id 7">
        <span role="img">tag</span>
      </DeferredTooltip>,
    );
    expect(screen.getByRole('img', { name: 'Scope tag id 7' })).toBeInTheDocument();
    await tooltipLoaded();
    expect(screen.getByRole('img', { name: 'Scope tag id 7' })).toBeInTheDocument();
  });

  it('keeps a describing tooltip as the native title while it is closed', async () => {
    render(
      <DeferredTooltip title="2 December 2026, 08:15" describeChild>
        <time>5 minutes ago</time>
      </DeferredTooltip>,
    );
    expect(screen.getByText('5 minutes ago')).toHaveAttribute('title', '2 December 2026, 08:15');
    await tooltipLoaded();
    expect(screen.getByText('5 minutes ago')).toHaveAttribute('title', '2 December 2026, 08:15');
  });

  it('opens on hover and closes when the pointer leaves', async () => {
    render(
      <DeferredTooltip title="A mock tenant runs in this browser">
        <button type="button">Demo mode</button>
      </DeferredTooltip>,
    );
    await tooltipLoaded();
    await userEvent.hover(screen.getByRole('button'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'A mock tenant runs in this browser',
    );
    await userEvent.unhover(screen.getByRole('button'));
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });
});
