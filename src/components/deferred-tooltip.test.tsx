import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { DeferredTooltip } from './deferred-tooltip';

describe('DeferredTooltip', () => {
  it('names the child as MUI would before the tooltip has loaded', () => {
    render(
      <DeferredTooltip title="Scope tag id 7">
        <span role="img">tag</span>
      </DeferredTooltip>,
    );
    expect(screen.getByRole('img', { name: 'Scope tag id 7' })).toBeInTheDocument();
  });

  it('keeps a describing tooltip as the native title until it has loaded', () => {
    render(
      <DeferredTooltip title="2 December 2026, 08:15" describeChild>
        <time>5 minutes ago</time>
      </DeferredTooltip>,
    );
    expect(screen.getByText('5 minutes ago')).toHaveAttribute('title', '2 December 2026, 08:15');
  });

  it('loads and opens the tooltip on the first hover', async () => {
    render(
      <DeferredTooltip title="A mock tenant runs in this browser">
        <button type="button">Demo mode</button>
      </DeferredTooltip>,
    );
    await userEvent.hover(screen.getByRole('button'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      'A mock tenant runs in this browser',
    );
  });

  it('opens on keyboard focus, and closes on Escape', async () => {
    render(
      <DeferredTooltip title="Copy request-id">
        <button type="button">copy</button>
      </DeferredTooltip>,
    );
    await userEvent.tab();
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Copy request-id');
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });

  it('closes when the pointer leaves', async () => {
    render(
      <DeferredTooltip title="Copy request-id">
        <button type="button">copy</button>
      </DeferredTooltip>,
    );
    await userEvent.hover(screen.getByRole('button'));
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    await userEvent.unhover(screen.getByRole('button'));
    await vi.waitFor(() => expect(screen.queryByRole('tooltip')).not.toBeInTheDocument());
  });
});
