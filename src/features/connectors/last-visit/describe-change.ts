import { HEALTH_LABELS } from '../health/assess-health';
import { stateLabel } from '../model/graph-values';

import type { VisitChange } from './snapshot-diff';

/** One change in words, naming the connector: "CERT01 was updated from 6.2406.0.0 to 6.2501.1.0". */
export function describeChange(change: VisitChange): string {
  switch (change.kind) {
    case 'added':
      return `${change.name} was added`;
    case 'gone':
      return `${change.name} is gone`;
    case 'renamed':
      return `Renamed: ${change.from} → ${change.to}`;
    case 'state':
      return `${change.name} changed state: ${stateLabel(change.from)} → ${stateLabel(change.to)}`;
    case 'version':
      return `${change.name} was updated from ${change.from || 'no version'} to ${change.to || 'no version'}`;
    case 'health':
      return `${change.name}: ${HEALTH_LABELS[change.from]} → ${HEALTH_LABELS[change.to]}`;
  }
}
