import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { formatExact } from '@/lib/date-time';
import { firstPageShown } from '@/lib/state/first-page-shown';

import { RelativeTime } from './relative-time';

const fourMinutesAgo = () => new Date(Date.now() - 4 * 60_000).toISOString();

describe('RelativeTime', () => {
  // Inside a page that is on screen, where tooltips load.
  beforeAll(() => firstPageShown.set(true));

  it('shows how long ago, and the exact moment in a tooltip on hover', async () => {
    const value = fourMinutesAgo();
    render(<RelativeTime value={value} />);

    const time = screen.getByText('4 minutes ago');
    expect(time).toHaveAttribute('datetime', value);
    await userEvent.hover(time);

    expect(await screen.findByRole('tooltip')).toHaveTextContent(formatExact(value));
  });

  it('renders without MUI warnings', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    onTestFinished(() => error.mockRestore());

    render(<RelativeTime value={fourMinutesAgo()} />);

    expect(error).not.toHaveBeenCalled();
  });
});
