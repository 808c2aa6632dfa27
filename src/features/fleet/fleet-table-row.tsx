import { memo } from 'react';
import { Link as RouterLink } from 'react-router';

import { tenantPaths } from '@/config/tenant-paths';
import { HealthChip } from '@/features/connectors/health/health-chip';
import { formatExact, formatRelative } from '@/lib/date-time';

import type { FleetRow } from './fleet-rows';

/**
 * One connector's row. Plain cells, styled once by the table (fleetRowStyles): a filter keystroke
 * mounts a new window of rows, and MUI's TableRow, TableCell and Tooltip per cell cost more to mount
 * than the rest of the keystroke. The exact last connection is the time element's title.
 */
export const FleetTableRow = memo(function FleetTableRow({
  row,
  rowIndex,
}: {
  row: FleetRow;
  rowIndex: number;
}) {
  const { tenant, connector, health } = row;
  const last = connector.lastConnectionDateTime;
  return (
    <tr aria-rowindex={rowIndex}>
      <td>{tenant.name}</td>
      <td>
        <RouterLink
          to={tenantPaths.connector.href(tenant.tenantId, connector.id)}
          aria-label={`${row.name} in ${tenant.name}`}
        >
          {row.name}
        </RouterLink>
      </td>
      <td>
        <HealthChip level={health.level} />
      </td>
      <td>{connector.state}</td>
      <td>{connector.connectorVersion}</td>
      <td>
        <time dateTime={last} title={formatExact(last)}>
          {formatRelative(last)}
        </time>
      </td>
      <td className="reasons">{health.reasons.join(' ')}</td>
    </tr>
  );
});
