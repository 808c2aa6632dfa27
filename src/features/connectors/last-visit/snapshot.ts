import * as z from '@/config/zod';

import type { Connector } from '../model/connector';

const snapshotConnectorSchema = z.object({
  id: z.string(),
  displayName: z.nullable(z.string()),
  machineName: z.nullable(z.string()),
  state: z.string(),
  connectorVersion: z.nullable(z.string()),
  lastConnectionDateTime: z.string(),
  roleScopeTagIds: z.array(z.string()),
});
/** One connector as the list last showed it: only what "Since your last visit" compares. */
export type SnapshotConnector = z.infer<typeof snapshotConnectorSchema>;

export const snapshotSchema = z.object({
  /** When the list was shown: an ISO 8601 UTC timestamp. */
  savedAt: z.string(),
  connectors: z.array(snapshotConnectorSchema),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export function toSnapshot(connectors: readonly Connector[], now: number): Snapshot {
  return {
    savedAt: new Date(now).toISOString(),
    connectors: connectors.map((connector) => ({
      id: connector.id,
      displayName: connector.displayName,
      machineName: connector.machineName,
      state: connector.state,
      connectorVersion: connector.connectorVersion,
      lastConnectionDateTime: connector.lastConnectionDateTime,
      roleScopeTagIds: [...connector.roleScopeTagIds],
    })),
  };
}

// Graph's value for a date it has not set; the snapshot keeps no enrolment date.
const UNSET_DATE_TIME = '0001-01-01T00:00:00Z';

/** A snapshot's connector as a Connector, for the health verdict and the fleet's rows before Graph answers. */
export const fromSnapshot = (connector: SnapshotConnector): Connector => ({
  ...connector,
  enrolledDateTime: UNSET_DATE_TIME,
});
