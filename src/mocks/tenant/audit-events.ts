import type { Connector } from '@/features/connectors/model/connector';
import { DEMO_ACCOUNT } from '@/lib/auth/demo-auth-client';
import { graphTimestamp } from '@/lib/graph/graph-timestamp';

// The shape of the Graph contract's audit-events.md (Graph's auditEvent), as the mock keeps it.
export type MockAuditProperty = { displayName: string; oldValue: string; newValue: string };
export type MockAuditResource = {
  displayName: string;
  type: string;
  resourceId: string;
  modifiedProperties: MockAuditProperty[];
};
export type MockAuditActor = {
  type: string;
  userPrincipalName?: string | null;
  applicationDisplayName?: string | null;
  applicationId?: string | null;
  servicePrincipalName?: string | null;
  ipAddress?: string | null;
  userPermissions?: string[];
};
export type MockAuditEvent = {
  id: string;
  displayName: string;
  componentName: string;
  actor: MockAuditActor;
  activity: string;
  activityDateTime: string;
  activityType: string;
  activityOperationType: string;
  activityResult: string;
  correlationId: string;
  resources: MockAuditResource[];
  category: string;
};

/** The newest events a mock tenant keeps. */
export const MAX_AUDIT_EVENTS = 500;

const DEMO_APP = 'NDES Connector Admin';
const PORTAL = 'Microsoft Intune portal extension';

export const admin = (userPrincipalName: string): MockAuditActor => ({
  type: 'ItPro',
  userPrincipalName,
  applicationDisplayName: PORTAL,
  ipAddress: '203.0.113.7',
  userPermissions: ['*'],
});

export type EventInit = {
  operation: 'Patch' | 'Delete';
  at: number;
  actor: MockAuditActor;
  correlationId: string;
  resources: MockAuditResource[];
  result?: string;
};

export function auditEvent({
  operation,
  at,
  actor,
  correlationId,
  resources,
  result = 'Success',
}: EventInit): MockAuditEvent {
  const activity = `${operation} NdesConnector`;
  return {
    id: crypto.randomUUID(),
    displayName: activity,
    componentName: 'DeviceConfiguration',
    actor,
    activity,
    activityDateTime: graphTimestamp(at),
    activityType: activity,
    activityOperationType: operation,
    activityResult: result,
    correlationId,
    resources,
    category: 'DeviceConfiguration',
  };
}

// Intune writes property names in PascalCase and every value as text.
const propertyName = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);
const asText = (value: unknown) =>
  typeof value === 'string'
    ? value
    : value === null || value === undefined
      ? ''
      : JSON.stringify(value);

/** A connector as an event's resource, with the properties a change set on it. */
export function connectorResource(
  connector: Connector,
  changes: Partial<Connector> = {},
): MockAuditResource {
  return {
    displayName: connector.displayName ?? '',
    type: 'NdesConnector',
    resourceId: connector.id,
    modifiedProperties: Object.entries(changes).map(([key, value]) => ({
      displayName: propertyName(key),
      oldValue: asText(connector[key as keyof Connector]),
      newValue: asText(value),
    })),
  };
}

/** The admin who changes the demo tenant elsewhere (the Intune admin center) between two visits. */
export const ANOTHER_ADMIN = 'alex.wilber@contoso.example';

/** What the demo admin's PATCH or DELETE leaves in the audit log: its client-request-id as correlationId. */
export const demoAdminActor: MockAuditActor = {
  ...admin(DEMO_ACCOUNT.username),
  applicationDisplayName: DEMO_APP,
};
