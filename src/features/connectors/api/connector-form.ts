import { z } from 'zod';

import { fromLocalInputValue, parseLocalInputValue, toLocalInputValue } from '@/lib/date-time';

import {
  CONNECTOR_ODATA_TYPE,
  connectorStateSchema,
  type Connector,
  type ConnectorPatch,
  type EditableField,
} from '../types';

// Graph documents no maximum for these strings; the caps keep a stray paste from writing megabytes
// and match what the Intune admin center accepts for a name.
export const DISPLAY_NAME_MAX = 256;
export const MACHINE_NAME_MAX = 255;
export const CONNECTOR_VERSION_MAX = 64;
export const SCOPE_TAG_ID_MAX = 64;

const dateTimeField = z
  .string()
  .refine((value) => value !== '', 'Enter a date and time')
  .refine(
    (value) => value === '' || parseLocalInputValue(value) !== null,
    'Enter a valid date and time',
  );

export const connectorFormSchema = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, 'Enter a display name')
    .max(DISPLAY_NAME_MAX, `Use at most ${DISPLAY_NAME_MAX} characters`),
  state: connectorStateSchema,
  roleScopeTagIds: z
    .array(
      z
        .string()
        .trim()
        .min(1, 'A scope tag id cannot be blank')
        .max(SCOPE_TAG_ID_MAX, `A scope tag id has at most ${SCOPE_TAG_ID_MAX} characters`),
    )
    .min(1, 'Pick at least one scope tag (Intune uses "Default" when nothing else applies)')
    .refine((ids) => new Set(ids).size === ids.length, 'Each scope tag can be picked once'),
  machineName: z
    .string()
    .trim()
    .max(MACHINE_NAME_MAX, `Use at most ${MACHINE_NAME_MAX} characters`),
  connectorVersion: z
    .string()
    .trim()
    .max(CONNECTOR_VERSION_MAX, `Use at most ${CONNECTOR_VERSION_MAX} characters`),
  lastConnectionDateTime: dateTimeField,
  enrolledDateTime: dateTimeField,
});

export type ConnectorFormInput = z.input<typeof connectorFormSchema>;
export type ConnectorFormValues = z.output<typeof connectorFormSchema>;

export function toFormValues(connector: Connector): ConnectorFormInput {
  return {
    displayName: connector.displayName ?? '',
    state: connector.state,
    roleScopeTagIds: [...connector.roleScopeTagIds],
    machineName: connector.machineName ?? '',
    connectorVersion: connector.connectorVersion ?? '',
    lastConnectionDateTime: toLocalInputValue(connector.lastConnectionDateTime),
    enrolledDateTime: toLocalInputValue(connector.enrolledDateTime),
  };
}

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/**
 * The PATCH body for an edit: only the properties whose value changed.
 * An untouched timestamp is never sent, so Graph keeps its full precision and original offset.
 */
export function toConnectorPatch(original: Connector, values: ConnectorFormValues): ConnectorPatch {
  const patch: ConnectorPatch = { '@odata.type': CONNECTOR_ODATA_TYPE };
  // The form trims what it loaded, so compare with the trimmed original: a stray space Graph stored is
  // not a change the user made.
  const loaded = (text: string | null | undefined) => (text ?? '').trim();
  if (values.displayName !== loaded(original.displayName)) patch.displayName = values.displayName;
  if (values.state !== original.state) patch.state = values.state;
  if (!sameSet(values.roleScopeTagIds, original.roleScopeTagIds)) {
    patch.roleScopeTagIds = values.roleScopeTagIds;
  }
  if (values.machineName !== loaded(original.machineName)) {
    patch.machineName = values.machineName === '' ? null : values.machineName;
  }
  if (values.connectorVersion !== loaded(original.connectorVersion)) {
    patch.connectorVersion = values.connectorVersion === '' ? null : values.connectorVersion;
  }
  for (const key of ['lastConnectionDateTime', 'enrolledDateTime'] as const) {
    // By instant, not by text: a datetime-local input drops ":00" seconds from what it was given.
    const typed = parseLocalInputValue(values[key])?.getTime();
    if (typed !== parseLocalInputValue(toLocalInputValue(original[key]))?.getTime()) {
      const iso = fromLocalInputValue(values[key]);
      if (iso) patch[key] = iso;
    }
  }
  return patch;
}

export function changedFields(patch: ConnectorPatch): EditableField[] {
  return (Object.keys(patch) as (keyof ConnectorPatch)[]).filter(
    (key): key is EditableField => key !== '@odata.type',
  );
}
