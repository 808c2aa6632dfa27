import type { QueryClient } from '@tanstack/react-query';

import { graphRequest } from '@/lib/graph/graph-client';
import { GraphError, NetworkError, type GraphRequestIds } from '@/lib/graph/graph-error';
import { isSignInNeeded } from '@/lib/graph/sign-in-needed';
import type { TenantId } from '@/lib/tenant-scope';

import type { Connector } from '../model/connector';
import { forgetConnector } from '../model/connector-cache';
import { connectorUrl, getConnector } from '../model/connector-queries';
import { connectorPurposes } from '../model/request-purposes';

import { notDeletedBecause } from './changed-since';

/** How one delete ended: the event the delete flow's reducer takes next. */
export type DeleteOutcome =
  | { type: 'deleted'; ids: GraphRequestIds; confirmedByRead: boolean }
  | { type: 'already-gone'; ids: GraphRequestIds }
  | { type: 'failed'; error: unknown }
  /** The read just before sending found the connector changed since the admin saw it: nothing sent. */
  | { type: 'changed'; current: Connector; reason: string }
  /** The answer was lost, and a read shows the connector still there: it may be deleted again. */
  | { type: 'still-there'; error: unknown }
  /** The answer was lost, and the read that should tell failed too. */
  | { type: 'unconfirmed'; error: unknown; checkError: unknown }
  /** A token needs the admin: nothing was sent (not the DELETE, perhaps not the read before it). */
  | { type: 'sign-in-needed' };

/** A connector, and its tenant. */
export type DeleteTarget = { id: string; tenantId: TenantId };

const idsOf = (error: GraphError): GraphRequestIds => ({
  requestId: error.requestId,
  clientRequestId: error.clientRequestId,
  date: error.date,
});

/** After a lost answer: reads the connector so that the delete is offered again only if it is there. */
export async function recheckDeleted(
  queryClient: QueryClient,
  target: DeleteTarget,
  lost: unknown,
): Promise<DeleteOutcome> {
  try {
    await graphRequest(connectorUrl(target.id), {
      purpose: connectorPurposes.detail,
      tenantId: target.tenantId,
    });
    return { type: 'still-there', error: lost };
  } catch (checkError) {
    if (checkError instanceof GraphError && checkError.status === 404) {
      await forgetConnector(queryClient, target.tenantId, target.id);
      return { type: 'deleted', ids: idsOf(checkError), confirmedByRead: true };
    }
    return { type: 'unconfirmed', error: lost, checkError };
  }
}

/** One GET before the DELETE: null when the connector is as `seen`; a 404 is thrown on as gone. */
async function changedSince(target: DeleteTarget, seen: Connector): Promise<DeleteOutcome | null> {
  try {
    const current = await getConnector(target.id, undefined, target.tenantId, 'never');
    const reason = notDeletedBecause(seen, current);
    return reason ? { type: 'changed', current, reason } : null;
  } catch (error) {
    if ((error instanceof GraphError && error.status === 404) || isSignInNeeded(error)) throw error;
    return { type: 'failed', error };
  }
}

/**
 * `DELETE …/ndesConnectors/{id}`, outside React; never throws. With `seen` (the connector as the admin
 * saw it), it is read first and not deleted if it changed since.
 */
export async function performDelete(
  queryClient: QueryClient,
  target: DeleteTarget,
  seen?: Connector,
): Promise<DeleteOutcome> {
  try {
    const changed = seen && (await changedSince(target, seen));
    if (changed) return changed;
    const result = await graphRequest(connectorUrl(target.id), {
      method: 'DELETE',
      purpose: connectorPurposes.delete,
      tenantId: target.tenantId,
      interactive: 'never',
    });
    await forgetConnector(queryClient, target.tenantId, target.id);
    const { requestId, clientRequestId, date } = result;
    return { type: 'deleted', ids: { requestId, clientRequestId, date }, confirmedByRead: false };
  } catch (error) {
    if (error instanceof GraphError && error.status === 404) {
      await forgetConnector(queryClient, target.tenantId, target.id);
      return { type: 'already-gone', ids: idsOf(error) };
    }
    if (error instanceof NetworkError) return recheckDeleted(queryClient, target, error);
    if (isSignInNeeded(error)) return { type: 'sign-in-needed' };
    return { type: 'failed', error };
  }
}
