import { memo, useRef } from 'react';

import { tenantPaths } from '@/config/tenant-paths';
import { isUnsetDateTime } from '@/features/connectors/model/graph-values';
import { formatExact, formatRelative } from '@/lib/date-time';

import { FleetHealthBadge } from './fleet-health-badge';
import type { FleetRow } from './fleet-rows';
import { useDropFocusWhenReused } from './use-window';

/**
 * One connector's row, in plain elements styled once by the table (fleet-table-styles): a filter keystroke
 * renders a new window of rows, and MUI components, router Links and Tooltips per cell cost more to render
 * than the rest of the keystroke. The link is followed by the table's click handler (usePlainLinks).
 * The exact last connection is the time element's title; Graph's unset date (year 1) reads "Never".
 */
export const FleetTableRow = memo(function FleetTableRow({
  row,
  rowIndex,
  href,
}: {
  row: FleetRow;
  rowIndex: number;
  href: (path: string) => string;
}) {
  const element = useRef<HTMLTableRowElement>(null);
  useDropFocusWhenReused(element, row.key);
  const { tenant, connector, health } = row;
  const last = connector.lastConnectionDateTime;
  const reasons = health.reasons.join(' ');
  const path = tenantPaths.connector.href(tenant.tenantId, connector.id);
  return (
    <tr ref={element} aria-rowindex={rowIndex}>
      <td className="tenant">{tenant.name}</td>
      <td className="name">
        <a href={href(path)} data-to={path} aria-label={`${row.name} in ${tenant.name}`}>
          {row.name}
        </a>
      </td>
      <td>
        <FleetHealthBadge level={health.level} />
      </td>
      <td>{connector.state}</td>
      <td>{connector.connectorVersion}</td>
      <td>
        {isUnsetDateTime(last) ? (
          'Never'
        ) : (
          <time dateTime={last} title={formatExact(last)}>
            {formatRelative(last)}
          </time>
        )}
      </td>
      <td className="reasons" title={reasons}>
        {reasons}
      </td>
    </tr>
  );
});
