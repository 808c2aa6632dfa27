// What other features (the fleet, demo tooling) may use of connectors; everything else stays inside.
export type { Connector, FieldKey } from './model/connector';
export { editableFieldList, fieldList, fieldsByKey } from './model/connector';
export { connectorLabel } from './model/connector-label';
export { connectorQueries, listConnectors } from './model/connector-queries';
export type { ValueKind } from './model/field-types';
export { compareVersions, isUnsetDateTime } from './model/graph-values';
export {
  assessHealth,
  HEALTH_LABELS,
  HEALTH_RANK,
  nextVerdictChange,
  type HealthLevel,
  type HealthVerdict,
} from './health/assess-health';
export { HEALTH_COLORS } from './health/health-chip';
export { SUPPORT_COLUMN } from './health/support-column';
export {
  SUPPORT_GROUP_LABELS,
  SUPPORT_GROUPS,
  supportGroup,
  type SupportGroup,
} from './lifecycle/support-filter';
export { tenantFindings, type TenantFinding } from './lifecycle/tenant-findings';
export {
  DEFAULT_HEALTH_SETTINGS,
  useHealthSettings,
  type HealthSettings,
} from './health/health-settings';
export { DEFAULT_HEALTH_RULES, useHealthRules, type HealthRules } from './health/health-rules';
export { configureConnectorReleases, useReleaseTable } from './lifecycle/release-table-store';
export { useFleetChanges, useFleetSnapshots } from './last-visit/fleet-snapshots';
export { VersionTimelineButton } from './lifecycle-chart/version-timeline-button';
