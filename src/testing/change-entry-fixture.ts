import type { ChangeEntry } from '@/features/change-log/change-log';

/** A change-log entry for tests: CERT01 renamed to PKI-01 here, saved just now, with the given fields changed. */
export const testChangeEntry = (overrides: Partial<ChangeEntry> = {}): ChangeEntry => ({
  at: new Date(Date.now() + 1).toISOString(),
  tenantId: null,
  connectorId: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01',
  connectorName: 'CERT01 – NDES primary',
  field: 'Display name',
  oldValue: 'CERT01 – NDES primary',
  newValue: 'PKI-01',
  outcome: 'saved',
  detail: null,
  requestId: null,
  clientRequestId: null,
  ...overrides,
});
