import { plural } from '@/lib/text/plural';

import type { TimelineRow } from '../lifecycle/version-timeline';

/** "3 connectors", or across a fleet "3 connectors in 2 tenants". */
export function countText(row: Pick<TimelineRow, 'connectors' | 'tenants'>, fleet = false) {
  const connectors = plural(row.connectors, 'connector');
  return fleet && row.connectors > 0
    ? `${connectors} in ${plural(row.tenants, 'tenant')}`
    : connectors;
}
