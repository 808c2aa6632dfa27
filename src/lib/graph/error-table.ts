import { plural } from '@/lib/text/plural';

import type { GraphError, GraphRequestInfo } from './graph-error';
import type { RequestPurpose } from './request-purpose';

/** What the user is offered: trying again (a retry, or sending a write again), a new sign-in, or nothing. */
export type Offer = 'try again' | 'sign in' | 'none';

export type Situation = {
  request: GraphRequestInfo | null;
  purpose: RequestPurpose | undefined;
  write: boolean;
};

type Row = {
  title: (error: GraphError, situation: Situation) => string;
  hint?: (error: GraphError, situation: Situation) => string | null;
  offer: Offer;
};

/** Without a purpose: what the request did to which path, which is always true. */
const genericAction = ({ request }: Situation) =>
  request ? `${request.method === 'GET' ? 'read' : 'change'} ${request.path}` : 'do this';

export const GENERIC_IN_DOUBT: NonNullable<RequestPurpose['inDoubt']> = {
  answered:
    'The change may or may not have been applied. Check what Graph holds now before sending it again.',
  unanswered:
    'The change may not have been saved. Check what Graph holds now before sending it again.',
};

const seconds = (ms: number) => {
  const value = Math.max(1, Math.ceil(ms / 1000));
  return plural(value, 'second');
};

const conflict: Row = {
  title: (_, { purpose }) =>
    purpose?.conflict ?? 'Someone else changed this meanwhile. Reload and try again.',
  hint: () => 'This is a conflict: load the latest version, then make your change again.',
  offer: 'none',
};

/** Graph's error codes that mean something other than their status says. */
const BY_CODE: Record<string, Row> = {
  ApprovalRequired: {
    title: () => 'Intune Multi Admin Approval requires an approved request for this change.',
    hint: () =>
      'Submit the change as a request in the Intune admin center (Tenant administration › Multi Admin Approval); it is applied once a second administrator approves it.',
    offer: 'none',
  },
};

const BY_STATUS: Record<number, Row> = {
  400: {
    title: () => 'Graph rejected the request.',
    hint: ({ target }) => (target ? `Graph named the property ${target}.` : null),
    offer: 'none',
  },
  401: { title: () => 'Your sign-in has expired. Sign in again.', offer: 'sign in' },
  403: {
    title: (_, situation) =>
      `You do not have permission to ${situation.purpose?.action ?? genericAction(situation)}.`,
    hint: (_, { purpose }) => purpose?.permissionHint ?? null,
    offer: 'none',
  },
  404: {
    title: (_, { purpose, request }) =>
      purpose?.notFound?.title ??
      `Graph could not find ${request ? request.path : 'what was asked for'}.`,
    hint: (_, { purpose }) => purpose?.notFound?.hint ?? null,
    offer: 'none',
  },
  409: conflict,
  412: conflict,
  429: {
    title: () => 'Graph is throttling requests. Wait a moment and try again.',
    hint: ({ retryAfterMs }) =>
      retryAfterMs === null
        ? null
        : `Graph asked to wait ${seconds(retryAfterMs)} before trying again.`,
    offer: 'try again',
  },
};

const SERVER_ERROR: Row = {
  title: () => 'Microsoft Graph had a problem answering. Try again.',
  // 503 means Graph did not process the request; 500, 502 and 504 leave a write in doubt.
  hint: ({ status }, { write, purpose }) =>
    write && status !== 503 ? (purpose?.inDoubt ?? GENERIC_IN_DOUBT).answered : null,
  offer: 'try again',
};

const OTHER: Row = { title: ({ status }) => `Graph answered HTTP ${status}.`, offer: 'none' };

/** The row for a Graph error answer: its code first, then its status. */
export function rowFor(error: GraphError): Row {
  return (
    BY_CODE[error.code] ?? BY_STATUS[error.status] ?? (error.status >= 500 ? SERVER_ERROR : OTHER)
  );
}
