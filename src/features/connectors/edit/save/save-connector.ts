import { graphRequest, type GraphResult } from '@/lib/graph/graph-client';

import {
  connectorSchema,
  fieldEquals,
  type Connector,
  type ConnectorPatch,
  type EditableField,
} from '../../model/connector';
import { connectorUrl, getConnector } from '../../model/connector-queries';
import { changedFields, isApplied } from '../../model/patch';
import { connectorPurposes } from '../../model/request-purposes';
import { findConflicts, type FieldConflict } from '../conflicts/conflict-merge';

export type SaveConnectorInput = {
  id: string;
  /** The connector as the form loaded it: the baseline for the stale-write check. */
  original: Connector;
  patch: ConnectorPatch;
  clientRequestId: string;
  /** Another listed tenant; the sign-in tenant when left out. */
  tenantId?: string;
};

export type SaveConnectorResult = {
  connector: Connector;
  /**
   * The PATCH's own answer: its status and the ids an admin quotes to support. Null when the re-read
   * showed Graph already held every value, so no PATCH was sent.
   */
  response: Omit<GraphResult<Connector>, 'data'> | null;
  /**
   * Fields Graph accepted but, read back, still holds another value for: Intune may manage them itself.
   * Empty when everything sent is what Graph now holds.
   */
  notApplied: EditableField[];
};

/** Someone changed a field this user also changed, between loading the form and saving it. */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
  constructor(
    readonly current: Connector,
    readonly conflicts: FieldConflict[],
  ) {
    super('Someone else changed this connector while you were editing it.');
  }
}

/**
 * Re-reads, then PATCHes what Graph does not hold yet. Graph has no ETag on ndesConnector, so the re-read just before the write is the
 * only way to notice another admin's change (graph-contract/README.md).
 */
export async function saveConnector({
  id,
  original,
  patch,
  clientRequestId,
  tenantId,
}: SaveConnectorInput): Promise<SaveConnectorResult> {
  const checkForConflicts = async () => {
    const current = await getConnector(id, undefined, tenantId);
    const conflicts = findConflicts(original, current, patch);
    if (conflicts.length > 0) throw new ConflictError(current, conflicts);
    return current;
  };
  const current = await checkForConflicts();
  // An earlier attempt whose answer was lost may have gone through: sending it again would write twice.
  if (isApplied(current, patch)) return { connector: current, response: null, notApplied: [] };

  const { data, ...response } = await graphRequest(connectorUrl(id), {
    method: 'PATCH',
    body: patch,
    schema: connectorSchema,
    clientRequestId,
    purpose: connectorPurposes.save,
    tenantId,
    // A retry after 429/503 comes seconds later: another admin may have changed a field meanwhile.
    beforeRetry: async () => void (await checkForConflicts()),
  });
  // Intune mostly answers 204 No Content although the docs show 200 with the entity, so re-read.
  // https://learn.microsoft.com/graph/api/intune-raimportcerts-ndesconnector-update?view=graph-rest-beta
  const connector = data ?? (await getConnector(id, undefined, tenantId));
  return { connector, response, notApplied: unappliedFields(connector, patch) };
}

/** Sent fields that Graph, read back after accepting the write, does not hold. */
export function unappliedFields(connector: Connector, patch: ConnectorPatch): EditableField[] {
  return changedFields(patch).filter((key) => !fieldEquals(key, patch[key], connector[key]));
}
