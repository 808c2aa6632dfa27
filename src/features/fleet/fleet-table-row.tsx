import { memo, useRef } from 'react';

import { tenantPaths } from '@/config/tenant-paths';
import type { ValueKind } from '@/features/connectors/public';
import { isUnsetDateTime } from '@/features/connectors/public';
import { formatExact, formatRelative } from '@/lib/date-time';

import { FLEET_COLUMNS, type FleetColumn } from './fleet-columns';
import { FleetHealthBadge } from './fleet-health-badge';
import type { FleetRow } from './fleet-rows';
import { ROW_HEIGHT } from './fleet-table-size';
import { useDropFocusWhenReused } from './use-window';

const ROW_STYLE = { height: ROW_HEIGHT };

/**
 * One connector's row, in plain elements with the kit's cell class (ui-cell): a filter keystroke renders
 * a new window of rows, and components, router Links and Tooltips per cell cost more to render than
 * the rest of the keystroke. The link is followed by the table's click handler (usePlainLinks).
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
  return (
    <tr ref={element} aria-rowindex={rowIndex} style={ROW_STYLE}>
      {FLEET_COLUMNS.map((column) => cellOf(column, row, href))}
    </tr>
  );
});

function cellOf(column: FleetColumn, row: FleetRow, href: (path: string) => string) {
  const { tenant, health } = row;
  switch (column.cell) {
    case 'tenant':
      return (
        <td key="tenant" className="ui-cell cut tenant">
          {tenant.name}
        </td>
      );
    case 'health':
      return (
        <td key="health" className="ui-cell">
          <FleetHealthBadge level={health.level} />
        </td>
      );
    case 'support': {
      const support = health.support.label;
      return (
        <td key="support" className="ui-cell cut" title={support}>
          {support}
        </td>
      );
    }
    case 'reasons': {
      const reasons = health.reasons.join(' ');
      return (
        <td key="reasons" className="ui-cell cut reasons" title={reasons}>
          {reasons}
        </td>
      );
    }
    case 'field':
      return (
        <td key={column.header} className={column.kind === 'name' ? 'ui-cell cut name' : 'ui-cell'}>
          {fieldContent(column.kind, row, row.texts[column.index] ?? '', href)}
        </td>
      );
  }
}

function fieldContent(
  kind: ValueKind,
  { tenant, connector }: FleetRow,
  text: string,
  href: (path: string) => string,
) {
  if (kind === 'date-time') {
    if (isUnsetDateTime(text)) return 'Never';
    return (
      <time dateTime={text} title={formatExact(text)}>
        {formatRelative(text)}
      </time>
    );
  }
  if (kind !== 'name') return text;
  const path = tenantPaths.connector.href(tenant.tenantId, connector.id);
  return (
    <a href={href(path)} data-to={path} aria-label={`${text} in ${tenant.name}`}>
      {text}
    </a>
  );
}
