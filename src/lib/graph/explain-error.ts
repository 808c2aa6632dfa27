import { GENERIC_IN_DOUBT, rowFor, type Offer, type Situation } from './error-table';
import {
  GraphError,
  isGraphFailure,
  NetworkError,
  UnexpectedResponseError,
  type GraphRequestIds,
  type GraphRequestInfo,
} from './graph-error';

/** What the alert offers: try a read again, send a write again, sign in again, or nothing. */
export type ErrorAction = 'retry' | 'send again' | 'sign in' | 'none';

/** A message an admin can act on, the ids support needs, and what to do next. */
export type ErrorExplanation = GraphRequestIds & {
  title: string;
  detail: string | null;
  code: string | null;
  status: number | null;
  /** What to do next, when there is something specific to say. */
  hint: string | null;
  action: ErrorAction;
  /** Trying the same thing again may work: throttling, 5xx, the network, a garbled answer. */
  retryable: boolean;
  /** The user must sign in again before anything else works. */
  needsSignIn: boolean;
  request: GraphRequestInfo | null;
};

const NO_IDS: GraphRequestIds = { requestId: null, clientRequestId: null, date: null };

type Reading = Pick<ErrorExplanation, 'title' | 'detail' | 'code' | 'status' | 'hint'> &
  GraphRequestIds & { offer: Offer };

function read(error: unknown, situation: Situation): Reading {
  const inDoubt = situation.purpose?.inDoubt ?? GENERIC_IN_DOUBT;
  if (error instanceof GraphError) {
    const row = rowFor(error);
    const { code, status, requestId, clientRequestId, date } = error;
    const hint = row.hint?.(error, situation) ?? null;
    const title = row.title(error, situation);
    return {
      title,
      detail: error.message,
      code,
      status,
      requestId,
      clientRequestId,
      date,
      hint,
      offer: row.offer,
    };
  }
  if (error instanceof UnexpectedResponseError) {
    const { message: title, detail, status, requestId, clientRequestId, date } = error;
    const hint = situation.write
      ? inDoubt.answered
      : 'If it keeps happening, something between you and Graph (a proxy or a sign-in page) may be answering instead.';
    return {
      title,
      detail,
      code: null,
      status,
      requestId,
      clientRequestId,
      date,
      hint,
      offer: 'try again',
    };
  }
  if (error instanceof NetworkError) {
    const hint = situation.write ? inDoubt.unanswered : null;
    const ids = { ...NO_IDS, clientRequestId: error.clientRequestId };
    return {
      title: error.message,
      detail: null,
      code: null,
      status: null,
      ...ids,
      hint,
      offer: 'try again',
    };
  }
  const detail = error instanceof Error ? error.message : String(error);
  const fields = { detail, code: null, status: null, ...NO_IDS, hint: null };
  return { title: 'Something went wrong.', ...fields, offer: 'none' };
}

function actionFor(offer: Offer, write: boolean): ErrorAction {
  if (offer === 'try again') return write ? 'send again' : 'retry';
  return offer;
}

/** The table's reading of any error the app can meet, in the words of what the request was for. */
export function explainError(error: unknown): ErrorExplanation {
  const request = isGraphFailure(error) ? error.request : null;
  const write = request !== null && request.method !== 'GET';
  const { offer, ...reading } = read(error, { request, purpose: request?.purpose, write });
  const action = actionFor(offer, write);
  return {
    ...reading,
    request,
    action,
    retryable: action === 'retry' || action === 'send again',
    needsSignIn: action === 'sign in',
  };
}

/** Everything support needs about one failure, as text to paste into a ticket. */
export function diagnosticsText(explanation: ErrorExplanation, at: Date = new Date()): string {
  const { title, hint, detail, code, status, requestId, clientRequestId, date } = explanation;
  // The purpose is the app's wording, already in the title and hint; support needs the request itself.
  const request = explanation.request && {
    method: explanation.request.method,
    path: explanation.request.path,
  };
  const fields = { title, hint, detail, code, status, request, requestId, clientRequestId, date };
  return JSON.stringify({ ...fields, at: at.toISOString() }, null, 2);
}
