import * as z from '@/config/zod';

// Every field optional: Graph adds properties over time, and the contract promises none of them
// (/work/shared/graph-contract/audit-events.md, from "auditEvent resource type").
// https://learn.microsoft.com/graph/api/resources/intune-auditing-auditevent?view=graph-rest-beta
const text = z.nullish(z.string());

const auditPropertySchema = z.looseObject({ displayName: text, oldValue: text, newValue: text });

const auditResourceSchema = z.looseObject({
  displayName: text,
  type: text,
  resourceId: text,
  modifiedProperties: z.nullish(z.array(auditPropertySchema)),
});

const auditActorSchema = z.looseObject({
  type: text,
  userPrincipalName: text,
  applicationDisplayName: text,
  servicePrincipalName: text,
  applicationId: text,
});

export const auditEventSchema = z.looseObject({
  id: z.string(),
  displayName: text,
  activity: text,
  activityDateTime: text,
  activityType: text,
  activityOperationType: text,
  activityResult: text,
  correlationId: text,
  actor: z.nullish(auditActorSchema),
  resources: z.nullish(z.array(auditResourceSchema)),
});

export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditResource = NonNullable<AuditEvent['resources']>[number];
export type AuditProperty = NonNullable<AuditResource['modifiedProperties']>[number];

const sameId = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * The events that changed this connector. Intune documents no filter on resources, so the match is
 * made here, on every resource of an event (one event may name several connectors).
 */
export function eventsOfConnector(events: readonly AuditEvent[], connectorId: string) {
  return events.filter((event) =>
    (event.resources ?? []).some((resource) => sameId(resource.resourceId ?? '', connectorId)),
  );
}

/** The resources of an event that are this connector: the others are left out of its History. */
export const resourcesOf = (event: AuditEvent, connectorId: string) =>
  (event.resources ?? []).filter((resource) => sameId(resource.resourceId ?? '', connectorId));

/** Who made the change: the admin's UPN, or the application's name for an app's change. */
export function actorName(event: AuditEvent): string {
  const actor = event.actor;
  return (
    actor?.userPrincipalName ||
    actor?.applicationDisplayName ||
    actor?.servicePrincipalName ||
    actor?.applicationId ||
    'Unknown'
  );
}
