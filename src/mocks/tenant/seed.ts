import type { Connector } from '@/features/connectors/model/connector';
import type { ScopeTag } from '@/features/scope-tags/types';
import { graphTimestamp } from '@/lib/graph/graph-timestamp';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// The newest release in the app's table (supported), beside versions at each later stage of the lifecycle.
export const CURRENT_CONNECTOR_VERSION = '6.2510.3.2002';
/** Unsupported from 18 Aug 2026 (six months after 6.2510.3.2002) until 18 Aug 2027. */
export const UNSUPPORTED_CONNECTOR_VERSION = '6.2406.0.2002';
/** Below 6.2101.13.0: can no longer issue or revoke certificates. */
export const DEAD_CONNECTOR_VERSION = '6.2009.1.0';

export const seedScopeTags: ScopeTag[] = [
  { id: '0', displayName: 'Default', description: 'Built-in scope tag', isBuiltIn: true },
  {
    id: '1',
    displayName: 'Headquarters',
    description: 'Seattle HQ devices and admins',
    isBuiltIn: false,
  },
  { id: '2', displayName: 'Europe', description: 'EMEA region', isBuiltIn: false },
  { id: '3', displayName: 'Asia Pacific', description: 'APAC region', isBuiltIn: false },
  { id: '4', displayName: 'Lab', description: 'Test and pre-production', isBuiltIn: false },
  {
    id: '5',
    displayName: 'Retail stores',
    description: 'Store kiosks and handhelds',
    isBuiltIn: false,
  },
];

/** A tenant's connectors as of `now`: healthy ones, stale ones, an old version, a reinstall leftover. */
export function seedConnectors(now: number): Connector[] {
  const ago = (ms: number) => graphTimestamp(now - ms);
  return [
    {
      id: '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01',
      displayName: 'CERT01 – NDES primary',
      machineName: 'CERT01.corp.contoso.com',
      connectorVersion: CURRENT_CONNECTOR_VERSION,
      state: 'active',
      enrolledDateTime: ago(210 * DAY),
      lastConnectionDateTime: ago(4 * MINUTE),
      roleScopeTagIds: ['0', '1'],
    },
    {
      id: '8a7d5c3b-2e19-4f6a-b0d4-6e1f9c2a3b02',
      displayName: 'CERT02 – NDES secondary',
      machineName: 'CERT02.corp.contoso.com',
      connectorVersion: CURRENT_CONNECTOR_VERSION,
      state: 'active',
      enrolledDateTime: ago(180 * DAY),
      lastConnectionDateTime: ago(11 * MINUTE),
      roleScopeTagIds: ['0', '1'],
    },
    {
      id: 'c24e8f16-5a3d-4b7e-8c19-2d6a4f0e9c03',
      displayName: 'Certificate Connector (old install)',
      machineName: 'CERT01.corp.contoso.com',
      connectorVersion: '6.2203.3.0',
      state: 'inactive',
      enrolledDateTime: ago(640 * DAY),
      lastConnectionDateTime: ago(5 * 7 * DAY),
      roleScopeTagIds: ['0'],
    },
    {
      id: '5b9e1d47-0c8a-4e2f-9d36-7a1c5e8b2d04',
      displayName: 'PKCS EU',
      machineName: 'PKI-EU-01.emea.contoso.com',
      connectorVersion: UNSUPPORTED_CONNECTOR_VERSION,
      state: 'active',
      enrolledDateTime: ago(420 * DAY),
      lastConnectionDateTime: ago(2 * HOUR),
      roleScopeTagIds: ['2'],
    },
    {
      id: 'e0a3f7c2-9d51-4a8b-b6e4-1f2c8d5a7e05',
      displayName: null,
      machineName: 'PKI-NEW-03.corp.contoso.com',
      connectorVersion: CURRENT_CONNECTOR_VERSION,
      state: 'none',
      enrolledDateTime: ago(20 * MINUTE),
      lastConnectionDateTime: ago(19 * MINUTE),
      roleScopeTagIds: ['0'],
    },
    {
      id: '2d6b8e14-3f7a-4c9d-a1e5-8b0f4c6d2a06',
      displayName: 'APAC SCEP',
      machineName: 'PKI-AP-01.apac.contoso.com',
      connectorVersion: DEAD_CONNECTOR_VERSION,
      state: 'inactive',
      enrolledDateTime: ago(500 * DAY),
      lastConnectionDateTime: ago(3 * 7 * DAY),
      roleScopeTagIds: ['3'],
    },
    {
      id: '9f4c1a6e-8b2d-4e7f-90a3-5c8e1b4d6f07',
      displayName: 'Lab connector',
      machineName: 'LAB-PKI-01.lab.contoso.com',
      connectorVersion: CURRENT_CONNECTOR_VERSION,
      state: 'active',
      enrolledDateTime: ago(60 * DAY),
      lastConnectionDateTime: ago(30 * HOUR),
      roleScopeTagIds: ['4'],
    },
    {
      id: '7e2a5d9c-1b6f-4a3e-8d70-4f9b2c7e1a08',
      displayName: 'NDES US East',
      machineName: 'CERT-USE-01.corp.contoso.com',
      connectorVersion: CURRENT_CONNECTOR_VERSION,
      state: 'active',
      enrolledDateTime: ago(300 * DAY),
      lastConnectionDateTime: ago(9 * MINUTE),
      roleScopeTagIds: ['1', '3'],
    },
    {
      id: '4c8f2b7a-6d3e-4f1c-a9b5-0e7d3a8c5f09',
      displayName: 'Retail stores SCEP',
      machineName: 'RTL-NDES-01.stores.contoso.com',
      connectorVersion: CURRENT_CONNECTOR_VERSION,
      state: 'active',
      enrolledDateTime: ago(365 * DAY),
      lastConnectionDateTime: ago(4 * DAY),
      roleScopeTagIds: ['5'],
    },
    {
      // Timestamps written the way Microsoft's docs example has them: 7 digits and a -08:00 offset.
      id: 'a1b7e3d5-4f2c-4e8a-b6d9-3c5f7a9e1b10',
      displayName: 'West coast NDES',
      machineName: 'CERT-USW-01.corp.contoso.com',
      connectorVersion: CURRENT_CONNECTOR_VERSION,
      state: 'active',
      enrolledDateTime: '2024-12-31T23:59:43.7971910-08:00',
      lastConnectionDateTime: offsetTimestamp(now - 7 * MINUTE, -8),
      roleScopeTagIds: ['0', '1'],
    },
  ];
}

/** A wall-clock time at a fixed UTC offset, with 7 fractional digits: `2026-11-28T04:02:00.6670033-08:00`. */
function offsetTimestamp(ms: number, offsetHours: number): string {
  const wallClock = new Date(ms + offsetHours * HOUR).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? '-' : '+';
  return `${wallClock}.6670033${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
}
