import * as z from '@/config/zod';

import { connectorSchema, type Connector } from './connector';
import { isKnownState } from './graph-values';

/** A listed item that is not a connector this app can read, with what was wrong. */
export type UnreadableConnector = { id: string | null; problem: string };

/** The list as read: the connectors, the items that could not be read, and whether Graph had more. */
export type ConnectorList = {
  connectors: Connector[];
  unreadable: UnreadableConnector[];
  /** False when paging stopped at the page cap: Graph had more than `connectors` holds. */
  complete: boolean;
  pagesRead: number;
};

const idOf = z.object({ id: z.string().check(z.minLength(1)) });

/** The first few schema issues in words, e.g. `displayName: Invalid input: expected string, received number`. */
export function describeIssues(error: z.core.$ZodError, limit = 3): string {
  return error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.join('.') || '(item)'}: ${issue.message}`)
    .join('; ');
}

/** One item of Graph's answer on its own: a bad item is reported, not allowed to fail its neighbours. */
export function readConnector(
  item: unknown,
): { connector: Connector } | { unreadable: UnreadableConnector } {
  const parsed = connectorSchema.safeParse(item);
  if (parsed.success) return { connector: parsed.data };
  const id = idOf.safeParse(item);
  return {
    unreadable: { id: id.success ? id.data.id : null, problem: describeIssues(parsed.error) },
  };
}

export function readConnectorList(
  items: unknown[],
  paging: { complete: boolean; pagesRead: number },
): ConnectorList {
  const list: ConnectorList = { connectors: [], unreadable: [], ...paging };
  for (const item of items) {
    const read = readConnector(item);
    if ('connector' in read) list.connectors.push(read.connector);
    else list.unreadable.push(read.unreadable);
  }
  return list;
}

/** The list with one connector replaced by its saved version. */
export const withConnector = (list: ConnectorList, connector: Connector): ConnectorList => ({
  ...list,
  connectors: list.connectors.map((item) => (item.id === connector.id ? connector : item)),
});

/** The list without a connector that is gone. */
export const withoutConnector = (list: ConnectorList, id: string): ConnectorList => ({
  ...list,
  connectors: list.connectors.filter((item) => item.id !== id),
});

/**
 * Why the app will not edit a connector it could read, or null. A state it does not know could be
 * one it cannot write back or one whose meaning it misreads, so such a connector opens read-only.
 */
export function readOnlyReason(connector: Pick<Connector, 'state'>): string | null {
  if (isKnownState(connector.state)) return null;
  return `Graph reports the state "${connector.state}", which this app does not know yet (Graph adds states over time). To avoid writing back a state it cannot read, the app shows this connector read-only. Edit it in the Intune admin center.`;
}
