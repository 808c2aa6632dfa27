import { plural } from '@/lib/text/plural';

import { STATUS_LOOKS } from '../lifecycle/status-looks';
import type { VersionTimeline } from '../lifecycle/version-timeline';

/** The chart in one sentence: "4 connectors on 3 versions: Supported 2, Unsupported 1, …". */
export function timelineSummary({ rows, unplaced }: VersionTimeline, fleet: boolean): string {
  const used = rows.filter((row) => row.connectors > 0);
  const connectors = used.reduce((sum, row) => sum + row.connectors, 0);
  const byStatus = new Map<string, number>();
  for (const row of used) {
    const label = STATUS_LOOKS[row.status.kind].label;
    byStatus.set(label, (byStatus.get(label) ?? 0) + row.connectors);
  }
  const counts = [...byStatus].map(([label, count]) => `${label} ${count}`).join(', ');
  const where = fleet ? ' across the fleet' : '';
  const head = `${plural(connectors, 'connector')} on ${plural(used.length, 'version')}${where}`;
  const rest = unplaced ? `; ${plural(unplaced, 'connector')} with no readable version` : '';
  return `${head}${counts ? `: ${counts}` : ''}${rest}.`;
}
