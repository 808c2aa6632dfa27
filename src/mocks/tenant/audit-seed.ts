import type { Connector } from '@/features/connectors/model/connector';

import {
  admin,
  auditEvent,
  connectorResource,
  type EventInit,
  type MockAuditEvent,
} from './audit-events';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Other admins' changes over the last months: a rename of the first connector, a scope-tag change of
 * the second, one event over two connectors by an app, an invisible character, an older rename.
 */
export function seedAuditEvents(connectors: Connector[], now: number): MockAuditEvent[] {
  const [first, second, , fourth] = connectors;
  if (!first || !second || !fourth) return [];
  const event = (days: number, init: Omit<EventInit, 'at' | 'correlationId'>) =>
    auditEvent({ ...init, at: now - days * DAY, correlationId: crypto.randomUUID() });
  const renamedFrom = (connector: Connector, oldName: string) => ({
    ...connectorResource(
      { ...connector, displayName: oldName },
      { displayName: connector.displayName },
    ),
  });
  return [
    event(2, {
      operation: 'Patch',
      actor: admin('jordan.lee@contoso.example'),
      resources: [renamedFrom(first, 'CERT01')],
    }),
    event(5, {
      operation: 'Patch',
      actor: admin('priya.natarajan@contoso.example'),
      resources: [
        connectorResource(
          { ...second, roleScopeTagIds: ['0'] },
          { roleScopeTagIds: second.roleScopeTagIds },
        ),
      ],
    }),
    event(9, {
      operation: 'Patch',
      actor: {
        type: 'Application',
        applicationDisplayName: 'Contoso provisioning',
        servicePrincipalName: 'contoso-provisioning',
        applicationId: '0e5a8c1d-3b7f-4a2e-9c6d-1f8b4e2a7c10',
      },
      resources: [first, fourth].map((connector) =>
        connectorResource(
          { ...connector, roleScopeTagIds: ['0'] },
          { roleScopeTagIds: connector.roleScopeTagIds },
        ),
      ),
    }),
    event(14, {
      operation: 'Patch',
      actor: admin('sam.okafor@contoso.example'),
      resources: [renamedFrom(fourth, `${fourth.displayName ?? ''}\u202E`)],
    }),
    event(21, {
      operation: 'Patch',
      actor: admin('jordan.lee@contoso.example'),
      result: 'Failure',
      resources: [connectorResource(first, { displayName: '' })],
    }),
    event(60, {
      operation: 'Patch',
      actor: admin('priya.natarajan@contoso.example'),
      resources: [
        connectorResource({ ...first, displayName: 'CERT-01' }, { displayName: 'CERT01' }),
      ],
    }),
  ];
}
