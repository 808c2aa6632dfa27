import type { BatchRequest } from '@/lib/graph/batch/batch-types';
import { batchBody, splitIntoBatches } from '@/lib/graph/batch/batch-types';

import type { Connector, ConnectorPatch } from '../model/connector';
import { connectorUrl } from '../model/connector-queries';

import type { PlannedChange } from './bulk-edit';

/** One connector's request in a bulk change: what the review shows is what Apply sends. */
export type BulkItem = {
  connector: Connector;
  /** null for a DELETE. */
  patch: ConnectorPatch | null;
  request: BatchRequest;
};

export function patchItems(changes: PlannedChange[]): BulkItem[] {
  return changes.map(({ connector, patch }, index) => ({
    connector,
    patch,
    request: {
      id: String(index + 1),
      method: 'PATCH',
      url: connectorUrl(connector.id),
      headers: { 'Content-Type': 'application/json' },
      body: patch,
    },
  }));
}

export function deleteItems(connectors: Connector[]): BulkItem[] {
  return connectors.map((connector, index) => ({
    connector,
    patch: null,
    request: { id: String(index + 1), method: 'DELETE', url: connectorUrl(connector.id) },
  }));
}

/** The `$batch` bodies Apply will post, in order, at most 20 requests each. */
export function batchBodies(items: BulkItem[]) {
  return splitIntoBatches(items.map((item) => item.request)).map(batchBody);
}
