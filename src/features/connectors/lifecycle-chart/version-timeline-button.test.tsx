import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { VersionTimelineButton } from './version-timeline-button';

describe('VersionTimelineButton', () => {
  it('loads the chart only when opened, saying so while it loads, and closes it again', async () => {
    render(<VersionTimelineButton connectors={[{ connectorVersion: '6.2510.3.2002' }]} />);
    const button = screen.getByRole('button', { name: 'Show version timeline' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();

    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(button).toHaveTextContent('Hide version timeline');
    const region = screen.getByRole('region', { name: 'Version timeline' });
    expect(button).toHaveAttribute('aria-controls', region.id);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the version timeline…');
    expect(
      await screen.findByRole('heading', { name: 'Version timeline' }, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(screen.queryByText('Loading the version timeline…')).not.toBeInTheDocument();

    await userEvent.click(button);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });
});
