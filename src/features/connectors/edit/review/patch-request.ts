import type { ConnectorPatch } from '../../model/connector';
import { connectorUrl } from '../../model/connector-queries';

/** Exactly what Save will send: shown in the review, copied as snippets, then sent with the same ids. */
export type PatchRequest = {
  method: 'PATCH';
  url: string;
  connectorId: string;
  clientRequestId: string;
  headers: [string, string][];
  body: ConnectorPatch;
  bodyText: string;
};

export const MASKED_TOKEN = 'Bearer ••••••••';

export function buildPatchRequest(
  graphBaseUrl: string,
  connectorId: string,
  body: ConnectorPatch,
  clientRequestId: string,
): PatchRequest {
  return {
    method: 'PATCH',
    url: `${graphBaseUrl}${connectorUrl(connectorId)}`,
    connectorId,
    clientRequestId,
    headers: [
      ['Authorization', MASKED_TOKEN],
      ['Accept', 'application/json'],
      ['Content-Type', 'application/json'],
      ['client-request-id', clientRequestId],
    ],
    body,
    // The graph client sends JSON.stringify(body): this is that byte string.
    bodyText: JSON.stringify(body),
  };
}
