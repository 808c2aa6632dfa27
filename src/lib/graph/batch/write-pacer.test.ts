import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';

import { tenantWritePacer } from './write-pacer';

describe('tenantWritePacer', () => {
  it('is one pacer per tenant, whatever the id’s case, so runs in a row share the window', async () => {
    const tenant = '00000000-0000-4000-8000-00000000AB01';
    expect(tenantWritePacer(tenant)).toBe(tenantWritePacer(tenant.toLowerCase()));
    expect(tenantWritePacer(tenant)).not.toBe(tenantWritePacer(DEMO_ACCOUNT.tenantId));

    await tenantWritePacer(tenant).take(90);
    expect(tenantWritePacer(tenant.toLowerCase()).delayFor(1)).toBeGreaterThan(0);
    expect(tenantWritePacer('00000000-0000-4000-8000-00000000ab02').delayFor(1)).toBe(0);
  });
});
