import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { armDemoSignInFault, clearDemoSignInFault } from '@/lib/auth/demo-sign-in-fault';
import type { Clock } from '@/lib/graph/batch/write-pacer';
import { SignInNeededError } from '@/lib/graph/sign-in-needed';
import { mockDb, receivedRequests } from '@/mocks/node';
import { tokensObeySignInFault } from '@/testing/sign-in-fault';

import { connectorSchema } from '../model/connector';

import { applyBulk } from './apply-bulk';
import { EMPTY_BULK_EDIT, planBulkEdit } from './bulk-edit';
import type { BulkResult } from './bulk-outcome';
import { BulkPausedError } from './bulk-paused';
import { patchItems } from './bulk-requests';

const instantClock: Clock = { now: () => Date.now(), sleep: () => Promise.resolve() };
const options = { clock: instantClock, tenantId: DEMO_ACCOUNT.tenantId };

/** 21 renames: two batches (20, then 1). */
function renameTwentyOne() {
  mockDb.reset('large');
  const connectors = mockDb.listConnectors().map((connector) => connectorSchema.parse(connector));
  const rename = { ...EMPTY_BULK_EDIT, rename: { kind: 'suffix' as const, text: ' (bulk)' } };
  return patchItems(planBulkEdit(connectors, rename).changes).slice(0, 21);
}

/** The PATCHes inside every `$batch` the mock Graph received, by URL. */
const patchedUrls = () =>
  receivedRequests('POST', '/$batch').flatMap(({ body }) =>
    (JSON.parse(body ?? '{}') as { requests: { method: string; url: string }[] }).requests
      .filter(({ method }) => method === 'PATCH')
      .map(({ url }) => url),
  );

async function pausedRun(run: Promise<unknown>): Promise<BulkPausedError> {
  const error = await run.then(
    () => null,
    (reason: unknown) => reason,
  );
  if (!(error instanceof BulkPausedError))
    throw new Error(`expected a pause, got ${String(error)}`);
  return error;
}

beforeEach(tokensObeySignInFault);
afterEach(clearDemoSignInFault);

describe('a bulk run whose token needs the admin', () => {
  it('stops before the next batch, keeps the first batch, and the resume sends only the rest', async () => {
    const items = renameTwentyOne();
    // The check before sending and the first $batch get their tokens; the second $batch's needs sign-in.
    armDemoSignInFault(2);
    const answered: BulkResult[] = [];

    const paused = await pausedRun(
      applyBulk(items, { ...options, onAnswered: (results) => answered.push(...results) }),
    );

    expect(paused.cause).toBeInstanceOf(SignInNeededError);
    expect(paused.results).toHaveLength(20);
    expect(paused.results.every(({ outcome }) => outcome.kind === 'saved')).toBe(true);
    expect(answered.map(({ item }) => item.request.id)).toEqual(
      paused.results.map(({ item }) => item.request.id),
    );
    expect(paused.unsent).toEqual(items.slice(20));
    expect(receivedRequests('POST', '/$batch')).toHaveLength(1);
    expect(patchedUrls()).toHaveLength(20);

    clearDemoSignInFault();
    const resumed = await applyBulk(paused.unsent, options);

    expect(resumed.results.map(({ outcome }) => outcome.kind)).toEqual(['saved']);
    expect(receivedRequests('POST', '/$batch')).toHaveLength(2);
    const patched = patchedUrls();
    expect(patched).toHaveLength(21);
    expect(new Set(patched).size).toBe(21);
    expect(patched.sort()).toEqual(
      items.map(({ connector }) => `/deviceManagement/ndesConnectors/${connector.id}`).sort(),
    );
  });

  it('sends nothing when the check before sending already needs the admin', async () => {
    const items = renameTwentyOne();
    armDemoSignInFault(0);

    const paused = await pausedRun(applyBulk(items, options));

    expect(paused.results).toEqual([]);
    expect(paused.unsent).toEqual(items);
    expect(receivedRequests()).toEqual([]);
  });

  it('checks what was answered before the pause with the read after the resumed run', async () => {
    const items = renameTwentyOne();
    armDemoSignInFault(2);
    const paused = await pausedRun(applyBulk(items, options));
    // While the admin signs in, another admin puts one renamed connector's name back.
    const [first] = paused.results;
    if (!first) throw new Error('expected the first batch answered');
    const undone = first.item.connector;
    mockDb.updateConnector(undone.id, { displayName: undone.displayName });
    clearDemoSignInFault();

    const resumed = await applyBulk(paused.unsent, { ...options, verifyAlso: paused.results });

    const byId = new Map(resumed.results.map((result) => [result.item.connector.id, result]));
    expect(byId.size).toBe(21);
    expect(byId.get(undone.id)?.outcome).toMatchObject({ kind: 'not-applied' });
    const others = resumed.results.filter(({ item }) => item.connector.id !== undone.id);
    expect(others.map(({ outcome }) => outcome.kind)).toEqual(Array(20).fill('saved'));
  });
});
