import { historyAllowed } from '@/lib/auth/history-allowed';
import { testConnector } from '@/testing/connector-fixture';

import { forgetSnapshots } from './forget-snapshots';
import { readSnapshot, storeSnapshot } from './last-visit-store';

const owner = { user: 'megan-home-id', tenantId: 'tenant-a' };

describe("Forget this browser's snapshots", () => {
  it('forgets the snapshots and that History was allowed, so the list asks for no audit data', async () => {
    storeSnapshot(owner, [testConnector()]);
    historyAllowed.remember(owner);

    await forgetSnapshots();

    expect(readSnapshot(owner)).toBeNull();
    expect(historyAllowed.has(owner)).toBe(false);
  });
});
