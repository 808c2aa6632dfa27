import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { reconfigure } from '@/testing/graph-answers';
import { TEST_TOKEN } from '@/testing/graph-test-config';
import { recordGraphTraffic } from '@/testing/record-requests';

import { graphRequest, resolveGraphUrl } from './graph-client';

const TENANT = DEMO_ACCOUNT.tenantId;

describe('resolveGraphUrl', () => {
  const base = 'https://graph.microsoft.com/beta';

  it('puts a path under the base URL', () => {
    expect(resolveGraphUrl('/deviceManagement/ndesConnectors', base)).toBe(
      'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors',
    );
  });

  it('follows an @odata.nextLink on the Graph host', () => {
    const next = 'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors?$top=2&$skip=2';
    expect(resolveGraphUrl(next, base)).toBe(next);
  });

  it.each([
    'https://attacker.example/beta/deviceManagement/ndesConnectors?$skip=2',
    'https://graph.microsoft.com.attacker.example/beta/x',
    'http://graph.microsoft.com/beta/x',
    'https://graph.microsoft.us/beta/x',
  ])('refuses an @odata.nextLink to %s', (next) => {
    expect(() => resolveGraphUrl(next, base)).toThrow(/^Refusing to send a Graph request to /);
  });

  it('never asks for a token for a URL off the Graph host', async () => {
    const getAccessToken = vi.fn(() => Promise.resolve(TEST_TOKEN));
    reconfigure({ getAccessToken });
    const traffic = recordGraphTraffic();

    await expect(
      graphRequest('https://attacker.example/beta/steal', { tenantId: TENANT }),
    ).rejects.toThrow('Refusing to send a Graph request to https://attacker.example.');
    expect(getAccessToken).not.toHaveBeenCalled();
    expect(traffic.requests).toEqual([]);
  });
});
