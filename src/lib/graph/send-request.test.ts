import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { graphNoContent } from '@/mocks/graph/graph-response';
import { answer, GUID, never, ok, PATH, reconfigure } from '@/testing/graph-answers';
import { TEST_TOKEN } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';

import { graphRequest } from './graph-client';
import { NetworkError } from './graph-error';

const TENANT = DEMO_ACCOUNT.tenantId;

describe('request headers', () => {
  it('sends the bearer token, Accept and a fresh client-request-id GUID on every request', async () => {
    answer('get', ok);
    const traffic = recordGraphTraffic();

    await graphRequest(PATH, { tenantId: TENANT });
    await graphRequest(PATH, { tenantId: TENANT });

    const [first, second] = traffic.requests;
    for (const request of [first, second]) {
      expect(request?.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
      expect(request?.headers.get('accept')).toBe('application/json');
      expect(request?.headers.get('content-type')).toBeNull();
      expect(request?.headers.get('client-request-id')).toMatch(GUID);
    }
    expect(first?.headers.get('client-request-id')).not.toBe(
      second?.headers.get('client-request-id'),
    );
  });

  it('sends a body as JSON with Content-Type application/json', async () => {
    answer('patch', (request) => graphNoContent(request));
    const traffic = recordGraphTraffic();

    await graphRequest(PATH, {
      tenantId: TENANT,
      method: 'PATCH',
      body: { displayName: 'CERT01' },
    });

    const [patch] = traffic.sent('PATCH');
    expect(patch?.headers.get('content-type')).toBe('application/json');
    expect(patch?.headers.get('authorization')).toBe(`Bearer ${TEST_TOKEN}`);
    expect(await patch?.body).toBe('{"displayName":"CERT01"}');
  });
});

describe('the timeout', () => {
  it('gives up on a read whose answer has not begun in time, and retries it like a network failure', async () => {
    reconfigure({ timeoutMs: 20 });
    const endpoint = answer('get', never, ok);

    await expect(graphRequest(PATH, { tenantId: TENANT })).resolves.toMatchObject({ status: 200 });
    expect(endpoint.calls()).toBe(2);
  });

  it('says the attempts timed out when no answer ever begins', async () => {
    reconfigure({ timeoutMs: 20 });
    const endpoint = answer('get', never);

    const error: unknown = await graphRequest(PATH, { tenantId: TENANT }).catch((e) => e);

    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({
      timedOut: true,
      message: 'Microsoft Graph did not answer in time. Check your network connection.',
    });
    expect(endpoint.calls()).toBe(3);
  });

  it('does not resend a write that timed out: Graph may have applied it', async () => {
    reconfigure({ timeoutMs: 20 });
    const endpoint = answer('patch', never, (request) => graphNoContent(request));

    const error: unknown = await graphRequest(PATH, {
      tenantId: TENANT,
      method: 'PATCH',
      body: {},
    }).catch((e) => e);

    expect(error).toMatchObject({ name: 'NetworkError', timedOut: true });
    expect(endpoint.calls()).toBe(1);
  });

  it('leaves a network failure that was not a timeout unflagged', async () => {
    reconfigure({
      retryPolicy: { maxAttempts: 1, maxTotalWaitMs: 0, baseDelayMs: 1, maxDelayMs: 1 },
    });
    answer('get', () => Response.error());

    await expect(graphRequest(PATH, { tenantId: TENANT })).rejects.toMatchObject({
      name: 'NetworkError',
      timedOut: false,
    });
  });

  it('lets the caller abort a request, with the caller’s reason, before the timeout', async () => {
    const endpoint = answer('get', never);
    const controller = new AbortController();
    const reason = new Error('the page was left');

    const pending = graphRequest(PATH, { tenantId: TENANT, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    await vi.waitFor(() => expect(endpoint.calls()).toBe(1));
    controller.abort(reason);

    expect(await pending).toBe(reason);
    expect(endpoint.calls()).toBe(1);
  });
});
