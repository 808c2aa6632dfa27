import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { formatField } from '../model/format-field';
import { stateLabel } from '../model/graph-values';

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });
const moment = (iso: string) => new Date(iso).getTime();

/**
 * What changed, in words, about a connector since a delete dialog showed it: the things a decision
 * to delete rests on. Not "someone": a connector coming back online is the usual case.
 */
export function changesSince(shown: Connector, current: Connector): string[] {
  const changes: string[] = [];
  if (current.lastConnectionDateTime !== shown.lastConnectionDateTime) {
    const at = moment(current.lastConnectionDateTime);
    changes.push(
      at > moment(shown.lastConnectionDateTime)
        ? `it connected again at ${timeFormat.format(at)}`
        : `its last connection changed to ${formatField('lastConnectionDateTime', current.lastConnectionDateTime)}`,
    );
  }
  if (current.state !== shown.state)
    changes.push(`its state changed to ${stateLabel(current.state)}`);
  if (current.displayName !== shown.displayName)
    changes.push(`it was renamed to “${connectorLabel(current)}”`);
  if (current.connectorVersion !== shown.connectorVersion)
    changes.push(
      `its version changed to ${formatField('connectorVersion', current.connectorVersion) || 'none'}`,
    );
  return changes;
}

/** "It connected again at 14:02, so it was not deleted."; null when nothing changed. */
export function notDeletedBecause(shown: Connector, current: Connector): string | null {
  const changes = changesSince(shown, current);
  if (changes.length === 0) return null;
  const said = changes.join(' and ');
  return `${said.charAt(0).toUpperCase()}${said.slice(1)}, so it was not deleted.`;
}
