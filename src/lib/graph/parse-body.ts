import type * as z from '@/config/zod';

import { NetworkError, UnexpectedResponseError } from './graph-error';
import { readIds, type AnswerContext } from './read-response';

/** A 2xx body checked against `schema`: undefined when empty (or no schema), else the parsed data. */
export async function parseBody<T>({
  response,
  sentClientRequestId,
  request,
  schema,
}: AnswerContext & { schema: z.ZodMiniType<T> | undefined }): Promise<T | undefined> {
  const received = readIds(response);
  const ids = { ...received, clientRequestId: received.clientRequestId ?? sentClientRequestId };
  const unexpected = (detail: string) =>
    new UnexpectedResponseError({ status: response.status, detail, ...ids, request });
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    // The connection dropped while the body was arriving.
    throw new NetworkError({ clientRequestId: sentClientRequestId, cause, request });
  }
  if (text.trim() === '') return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const preview = text.length > 120 ? `${text.slice(0, 120)}…` : text;
    throw unexpected(`The body is not valid JSON: ${preview}`);
  }
  if (!schema) return undefined;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, 5)
      .map((issue) => `${issue.path.join('.') || '(body)'}: ${issue.message}`)
      .join('; ');
    throw unexpected(`The body does not match the Graph contract: ${issues}`);
  }
  return parsed.data;
}
