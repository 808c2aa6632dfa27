import type { EditableField } from '../types';

export type { EditableField };

export const FIELD_LABELS: Record<EditableField, string> = {
  displayName: 'Display name',
  state: 'State',
  roleScopeTagIds: 'Scope tags',
  machineName: 'Machine name',
  connectorVersion: 'Connector version',
  lastConnectionDateTime: 'Last connection',
  enrolledDateTime: 'Enrolled',
};
