import { queryOptions } from '@tanstack/react-query';

import { fetchAllPages } from '@/lib/graph/fetch-all-pages';
import { graphFetch } from '@/lib/graph/graph-client';

import { connectorSchema, type Connector } from './connector';
import { connectorPurposes } from './request-purposes';

export const CONNECTORS_URL = '/deviceManagement/ndesConnectors';
const PAGE_SIZE = 100;

export function listConnectors(signal?: AbortSignal): Promise<Connector[]> {
  return fetchAllPages(`${CONNECTORS_URL}?$top=${PAGE_SIZE}`, {
    itemSchema: connectorSchema,
    signal,
    purpose: connectorPurposes.list,
  });
}

export function connectorUrl(id: string) {
  return `${CONNECTORS_URL}/${encodeURIComponent(id)}`;
}

export function getConnector(id: string, signal?: AbortSignal): Promise<Connector> {
  return graphFetch(connectorUrl(id), {
    signal,
    schema: connectorSchema,
    purpose: connectorPurposes.detail,
  });
}

export const connectorQueries = {
  all: () => ['connectors'] as const,
  list: () =>
    queryOptions({
      queryKey: [...connectorQueries.all(), 'list'],
      queryFn: ({ signal }) => listConnectors(signal),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...connectorQueries.all(), 'detail', id],
      queryFn: ({ signal }) => getConnector(id, signal),
    }),
};
