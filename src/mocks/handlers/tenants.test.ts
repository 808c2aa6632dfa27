import { DEMO_ACCOUNT, demoToken } from '@/lib/auth/demo-auth-client';

import { mockDb } from '../node';
import { fleetTenants, NAMED_TENANTS } from '../tenant/demo-tenants';

const COLLECTION = 'https://graph.microsoft.com/beta/deviceManagement/ndesConnectors';
const [CONTOSO, FABRIKAM, NORTHWIND] = NAMED_TENANTS.map((tenant) => tenant.tenantId) as [
  string,
  string,
  string,
];

async function listFor(tenantId?: string) {
  const response = await fetch(COLLECTION, {
    headers: { Authorization: `Bearer ${demoToken(tenantId ?? DEMO_ACCOUNT.tenantId)}` },
  });
  return {
    status: response.status,
    body: (await response.json()) as { value?: { machineName: string }[] },
  };
}

afterEach(() => mockDb.reset('standard'));

describe('the mock Graph with several tenants', () => {
  it("answers each request from its token's tenant", async () => {
    const contoso = await listFor(CONTOSO);
    const fabrikam = await listFor(FABRIKAM);
    const northwind = await listFor(NORTHWIND);

    expect(contoso.body.value).toHaveLength(mockDb.listConnectors().length);
    expect((await listFor()).body).toEqual(contoso.body);
    expect(fabrikam.body.value).toHaveLength(12);
    expect(fabrikam.body.value?.every((c) => c.machineName.endsWith('.fabrikam.example'))).toBe(
      true,
    );
    expect(northwind.body.value).toHaveLength(25);
  });

  it('refuses a token for a tenant the demo does not have', async () => {
    expect((await listFor('99999999-0000-4000-8000-000000000000')).status).toBe(401);
  });

  it("keeps one tenant's changes out of the others", async () => {
    const [first] = mockDb.forTenant(FABRIKAM)?.listConnectors() ?? [];
    mockDb.forTenant(FABRIKAM)?.updateConnector(first?.id ?? '', { displayName: 'Renamed' });
    expect(mockDb.forTenant(FABRIKAM)?.getConnector(first?.id ?? '')?.displayName).toBe('Renamed');
    expect(mockDb.forTenant(NORTHWIND)?.getConnector(first?.id ?? '')).toBeUndefined();
  });

  it('fails only the targeted tenant when a fault names one', async () => {
    mockDb.faults.arm({
      method: 'GET',
      path: '/deviceManagement/ndesConnectors',
      kind: 'http-403',
      count: 5,
      tenantId: NORTHWIND,
    });
    expect((await listFor(FABRIKAM)).status).toBe(200);
    expect((await listFor(NORTHWIND)).status).toBe(403);
  });

  it('resets to an MSP fleet of 100 tenants, about 9,000 connectors, the same every time', () => {
    mockDb.reset('fleet');
    const tenants = mockDb.tenants();
    expect(tenants).toHaveLength(100);
    expect(new Set(tenants.map((tenant) => tenant.name)).size).toBe(100);
    const counts = tenants.map(
      (tenant) => mockDb.forTenant(tenant.tenantId)?.listConnectors().length ?? 0,
    );
    expect(Math.min(...counts)).toBe(1);
    expect(Math.max(...counts)).toBe(100);
    const total = counts.reduce((sum, count) => sum + count, 0);
    expect(total).toBeGreaterThan(8_000);
    expect(total).toBeLessThanOrEqual(10_000);
    const again = fleetTenants()[5]?.seed(0);
    expect(fleetTenants()[5]?.seed(0)).toEqual(again);
  });
});
