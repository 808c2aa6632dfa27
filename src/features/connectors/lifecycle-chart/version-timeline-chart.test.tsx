import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { VersionTimelineChart } from './version-timeline-chart';

const NOW = Date.parse('2026-09-01T12:00:00Z');
const connectors = [
  { connectorVersion: '6.2510.3.2002', tenantId: 'a' },
  { connectorVersion: '6.2510.3.2002', tenantId: 'b' },
  { connectorVersion: '6.2406.0.2002', tenantId: 'a' },
  { connectorVersion: '6.2005.1.0', tenantId: 'b' },
  { connectorVersion: null, tenantId: 'b' },
];

const tableRows = () =>
  within(screen.getByRole('table', { name: /support timeline, today 1 Sep 2026/ }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent,
      ),
    );

describe('VersionTimelineChart', () => {
  it('sums the chart up and shows its data as a table on request', async () => {
    render(<VersionTimelineChart connectors={connectors} now={NOW} />);
    expect(screen.getByRole('heading', { name: 'Version timeline' })).toBeInTheDocument();
    expect(screen.getByText(/^4 connectors/, { selector: 'figcaption' })).toHaveTextContent(
      "4 connectors on 3 versions: Supported 2, Unsupported 1, Can't issue 1; 1 connector with no readable version.",
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();

    const show = screen.getByRole('button', { name: 'Show as a table' });
    expect(show).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(show);
    expect(screen.getByRole('button', { name: 'Hide the table' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(tableRows()).toEqual([
      ['6.2510.3.2002', '18 Feb 2026', 'Newest release', '—', '2', ' Supported'],
      [
        '6.2406.0.2002',
        '22 Jul 2025',
        '18 Aug 2026',
        '18 Aug 2027',
        '1',
        ' Unsupported since 18 Aug 2026',
      ],
      [
        '6.2005.1.0',
        'Not in the release table',
        '29 Jan 2022',
        '29 Jan 2023',
        '1',
        ' Can no longer issue or revoke certificates',
      ],
    ]);
  });

  it('adds how many tenants run each version across a fleet', async () => {
    render(<VersionTimelineChart connectors={connectors} now={NOW} fleet />);
    expect(
      screen.getByText(/^4 connectors on 3 versions across the fleet:/, { selector: 'figcaption' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Show as a table' }));
    expect(screen.getByRole('columnheader', { name: 'Tenants' })).toBeInTheDocument();
    expect(tableRows()[0]).toEqual([
      '6.2510.3.2002',
      '18 Feb 2026',
      'Newest release',
      '—',
      '2',
      '2',
      ' Supported',
    ]);
  });

  it('adds no tab stop of its own: the keyboard goes from the chart straight to its table', async () => {
    render(<VersionTimelineChart connectors={connectors} now={NOW} />);
    await userEvent.tab();
    expect(screen.getByRole('button', { name: 'Show as a table' })).toHaveFocus();
    await userEvent.tab();
    expect(document.body).toHaveFocus();
  });
});
