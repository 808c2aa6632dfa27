import type { TenantId } from '@/config/tenants';

import { graphRequest } from '../graph-client';
import { UnexpectedResponseError } from '../graph-error';
import type { RequestPurpose } from '../request-purpose';
import type { Interactive } from '../sign-in-needed';

import { batchResponseSchema, type batchBody, type BatchResponse } from './batch-types';

export type BatchAnswer = { responses: BatchResponse[]; requestId: string | null };

/** Graph answered the batch, but without a response for this request. */
export class MissingBatchAnswerError extends Error {
  override readonly name = 'MissingBatchAnswerError';
  constructor(readonly batchRequestId: string) {
    super(
      `Graph's $batch answer had no response for request ${batchRequestId}: it may or may not have been applied.`,
    );
  }
}

/** One `POST /$batch` through the Graph client: token, headers, timeout, typed failures. */
export async function postBatch(
  body: ReturnType<typeof batchBody>,
  /** The tenant whose Graph the batch is for, the sign-in tenant's id too. */
  tenantId: TenantId,
  purpose?: RequestPurpose,
  interactive?: Interactive,
): Promise<BatchAnswer> {
  const { data, ...ids } = await graphRequest('/$batch', {
    method: 'POST',
    body,
    schema: batchResponseSchema,
    purpose,
    tenantId,
    interactive,
  });
  if (!data) {
    throw new UnexpectedResponseError({
      ...ids,
      detail: 'Graph answered the $batch without a body.',
      request: { method: 'POST', path: '/$batch', purpose },
    });
  }
  return { responses: data.responses, requestId: ids.requestId };
}
