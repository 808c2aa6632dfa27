import type { Connector } from '@/features/connectors/model/connector';

/** A plain connector for unit tests, with the given properties changed. */
export const testConnector = (overrides: Partial<Connector> = {}): Connector => ({
  id: 'c1',
  displayName: 'CERT01',
  machineName: null,
  connectorVersion: null,
  state: 'active',
  enrolledDateTime: '2016-12-31T23:59:43Z',
  lastConnectionDateTime: '2016-12-31T23:58:36Z',
  roleScopeTagIds: ['0'],
  ...overrides,
});
