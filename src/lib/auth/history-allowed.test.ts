import { createHistoryAllowed } from './history-allowed';

const megan = { user: 'megan-home-id', tenantId: 'Tenant-A' };
const marker = createHistoryAllowed(() => localStorage);

describe('the "History allowed" marker', () => {
  it('is kept per user and tenant', () => {
    marker.remember(megan);
    expect(marker.has({ ...megan, tenantId: 'tenant-a' })).toBe(true);
    expect(marker.has({ ...megan, tenantId: 'tenant-b' })).toBe(false);
    expect(marker.has({ ...megan, user: 'alex-home-id' })).toBe(false);
  });

  it('is forgotten for every user and tenant, and nothing else is', () => {
    marker.remember(megan);
    marker.remember({ user: 'alex-home-id', tenantId: 'tenant-b' });
    localStorage.setItem('ndes-connector-admin.health-settings.v1', '{}');
    marker.forgetAll();
    expect(marker.has(megan)).toBe(false);
    expect(marker.has({ user: 'alex-home-id', tenantId: 'tenant-b' })).toBe(false);
    expect(localStorage.getItem('ndes-connector-admin.health-settings.v1')).toBe('{}');
  });

  it('is simply absent when the storage refuses', () => {
    const refused = createHistoryAllowed(() => {
      throw new DOMException('Access is denied.', 'SecurityError');
    });
    expect(() => refused.remember(megan)).not.toThrow();
    expect(refused.has(megan)).toBe(false);
    expect(() => refused.forgetAll()).not.toThrow();
  });
});
