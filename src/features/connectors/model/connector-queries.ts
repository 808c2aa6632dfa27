import { queryOptions } from '@tanstack/react-query';

import * as z from '@/config/zod';
import { fetchAllPages } from '@/lib/graph/fetch-all-pages';
import { graphFetch } from '@/lib/graph/graph-client';
import type { Interactive } from '@/lib/graph/sign-in-needed';
import { createLimiter } from '@/lib/limit-concurrency';
import { tenantKey, type TenantId } from '@/lib/tenant-scope';

import { connectorSchema, type Connector } from './connector';
import { readConnectorList, type ConnectorList } from './read-connector';
import { connectorPurposes } from './request-purposes';

export const CONNECTORS_URL = '/deviceManagement/ndesConnectors';
const PAGE_SIZE = 100;

/** Every connector Graph lists, each read on its own, and whether the page cap cut the list short. */
export async function listConnectors(
  signal: AbortSignal | undefined,
  tenantId: TenantId,
  /** `never` inside a run: a token that needs the user pauses the run instead of leaving. */
  interactive?: Interactive,
): Promise<ConnectorList> {
  const { items, ...paging } = await fetchAllPages(`${CONNECTORS_URL}?$top=${PAGE_SIZE}`, {
    itemSchema: z.unknown(),
    signal,
    purpose: connectorPurposes.list,
    tenantId,
    interactive,
  });
  return readConnectorList(items, paging);
}

// Intune's connector ids are GUIDs. Anything else (`..`, a slash, a query) is refused before it can
// become part of a URL: encoding leaves `..` as it is, and the URL would then name the collection.
const PLAIN_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

export function connectorUrl(id: string) {
  if (!PLAIN_ID.test(id)) {
    throw new Error(
      `“${id}” is not a connector id: an id has only letters, digits, hyphens and underscores.`,
    );
  }
  return `${CONNECTORS_URL}/${id}`;
}

export function getConnector(
  id: string,
  signal: AbortSignal | undefined,
  tenantId: TenantId,
  interactive?: Interactive,
): Promise<Connector> {
  return graphFetch(connectorUrl(id), {
    signal,
    schema: connectorSchema,
    purpose: connectorPurposes.detail,
    tenantId,
    interactive,
  });
}

/**
 * Lists load about four tenants at a time: the fleet reads every tenant at once, and Graph would
 * throttle the admin everywhere. A page reads one list, so it never waits for its own.
 */
export const LIST_CONCURRENCY = 4;
const limitLists = createLimiter(LIST_CONCURRENCY);

/** Each tenant's connectors under its own keys, the sign-in tenant's too. */
export const connectorQueries = {
  all: (tenantId: TenantId) => [...tenantKey(tenantId), 'connectors'],
  list: (tenantId: TenantId) =>
    queryOptions({
      queryKey: [...connectorQueries.all(tenantId), 'list'],
      queryFn: ({ signal }) => limitLists(() => listConnectors(signal, tenantId)),
    }),
  detail: (tenantId: TenantId, id: string) =>
    queryOptions({
      queryKey: [...connectorQueries.all(tenantId), 'detail', id],
      queryFn: ({ signal }) => getConnector(id, signal, tenantId),
    }),
};
