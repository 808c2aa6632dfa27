import { queryOptions } from '@tanstack/react-query';

import { fetchAllPages } from '@/lib/graph/fetch-all-pages';
import type { RequestPurpose } from '@/lib/graph/request-purpose';
import { tenantKey, type TenantId } from '@/lib/tenant-scope';

import { auditEventSchema, eventsOfConnector, type AuditEvent } from './audit-event';

export const AUDIT_EVENTS_URL = '/deviceManagement/auditEvents';
/** Pages of auditEvents read for one History view; the UI says when there were more. */
export const MAX_AUDIT_PAGES = 10;
export const HISTORY_WINDOWS = [7, 30, 90, 365] as const;
export type HistoryWindow = (typeof HISTORY_WINDOWS)[number];
export const DEFAULT_WINDOW: HistoryWindow = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

export const AUDIT_PERMISSION_HINT =
  'Reading Intune\'s audit log needs the delegated permission DeviceManagementApps.Read.All (admin consent) and an Intune role with "Audit data: Read".';

const purpose: RequestPurpose = {
  action: "read Intune's audit log",
  permissionHint: AUDIT_PERMISSION_HINT,
};

export type ConnectorHistory = {
  events: AuditEvent[];
  /** False when the page cap stopped the read before the window's start. */
  complete: boolean;
  pagesRead: number;
};

type HistoryRequest = { tenantId: TenantId; connectorId: string; days: HistoryWindow };

/** The window's events, newest first, as the contract documents the filter and order. */
export function auditEventsPath(days: number, now = Date.now()): string {
  return auditEventsSincePath(new Date(now - days * DAY_MS).toISOString());
}

/** The events from `since` (ISO 8601 UTC) on, newest first. */
export function auditEventsSincePath(since: string): string {
  const query = new URLSearchParams({
    $filter: `activityDateTime ge ${since}`,
    $orderby: 'activityDateTime desc',
  });
  return `${AUDIT_EVENTS_URL}?${query.toString().replaceAll('+', '%20')}`;
}

type ReadOptions = { signal?: AbortSignal; maxPages?: number };

/** A tenant's audit pages with the audit token (asked for silently), up to the page cap. */
export function readAuditEvents(
  path: string,
  tenantId: TenantId,
  { signal, maxPages = MAX_AUDIT_PAGES }: ReadOptions = {},
) {
  return fetchAllPages(path, {
    itemSchema: auditEventSchema,
    signal,
    purpose,
    maxPages,
    tenantId,
    scope: 'audit',
  });
}

/** One connector's changes in a window: the tenant's audit pages (with the audit token), matched here. */
export async function readConnectorHistory(
  { tenantId, connectorId, days }: HistoryRequest,
  options: ReadOptions = {},
): Promise<ConnectorHistory> {
  const read = await readAuditEvents(auditEventsPath(days), tenantId, options);
  const { items, complete, pagesRead } = read;
  return { events: eventsOfConnector(items, connectorId), complete, pagesRead };
}

export const historyQueries = {
  all: () => ['history'] as const,
  connector: (request: HistoryRequest) =>
    queryOptions({
      queryKey: [
        ...tenantKey(request.tenantId),
        ...historyQueries.all(),
        request.connectorId,
        request.days,
      ],
      queryFn: ({ signal }) => readConnectorHistory(request, { signal }),
    }),
};
