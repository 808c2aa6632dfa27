import * as z from '@/config/zod';
import { scopeTagLabel } from '@/features/scope-tags/api/scope-tag-queries';
import { nullableString } from '@/lib/graph/nullable-string';

import { connectorLabel } from './connector-label';
import {
  blankToNull,
  dateTime,
  dateTimeInput,
  lowerText,
  optionalText,
  sameSet,
  sameText,
  trimmedText,
} from './field-parts';
import { defineField } from './field-types';
import {
  compareVersions,
  CONNECTOR_STATES,
  graphStateSchema,
  isKnownState,
  scopeTagIdsSchema,
  stateLabel,
} from './graph-values';

// Graph documents no maximum for these strings; the caps keep a stray paste from writing megabytes
// and match what the Intune admin center accepts for a name.
export const DISPLAY_NAME_MAX = 256;
export const MACHINE_NAME_MAX = 255;
export const CONNECTOR_VERSION_MAX = 64;
export const SCOPE_TAG_ID_MAX = 64;

/** Every ndesConnector property, once. Screens, the form, review, conflicts and drafts iterate this. */
export const connectorFields = {
  displayName: defineField({
    label: 'Display name',
    access: 'editable',
    graph: nullableString,
    kind: 'name',
    helperText: 'Say which server it runs on, so the next admin knows.',
    input: {
      kind: 'name',
      required: true,
      schema: trimmedText(DISPLAY_NAME_MAX, { blank: 'Enter a display name' }),
      ...optionalText,
      fromInput: (value: string) => value.trim(),
    },
    equals: sameText,
    format: (value) => value ?? '',
    column: {
      header: 'Name',
      card: 'title',
      sort: {
        param: 'name',
        menu: { asc: 'A to Z' },
        compare: (a, b) =>
          lowerText(connectorLabel({ displayName: a })).localeCompare(
            lowerText(connectorLabel({ displayName: b })),
          ),
      },
    },
  }),
  state: defineField({
    label: 'State',
    access: 'editable',
    graph: graphStateSchema,
    kind: 'state',
    input: {
      kind: 'select',
      schema: z.string().check(z.refine(isKnownState, 'Pick one of the states listed')),
      options: CONNECTOR_STATES.map((state) => [state, `${stateLabel(state)} (${state})`]),
      toInput: (value) => value,
      fromInput: (value) => value,
    },
    equals: (a, b) => a === b,
    format: (value) =>
      isKnownState(value) ? `${stateLabel(value)} (${value})` : stateLabel(value),
    column: { header: 'State', card: 'badge' },
  }),
  roleScopeTagIds: defineField({
    label: 'Scope tags',
    access: 'editable',
    graph: scopeTagIdsSchema,
    kind: 'scope-tags',
    input: {
      kind: 'scope-tags',
      schema: z
        .array(
          trimmedText(SCOPE_TAG_ID_MAX, {
            blank: 'A scope tag id cannot be blank',
            tooLong: `A scope tag id has at most ${SCOPE_TAG_ID_MAX} characters`,
          }),
        )
        .check(
          z.minLength(
            1,
            'Pick at least one scope tag (Intune uses "Default" when nothing else applies)',
          ),
          z.refine((ids) => new Set(ids).size === ids.length, 'Each scope tag can be picked once'),
        ),
      toInput: (value) => [...value],
      fromInput: (value) => value,
    },
    equals: sameSet,
    format: (value, { tags }) =>
      value.length > 0
        ? value
            .map((id) =>
              scopeTagLabel(
                tags?.find((tag) => tag.id === id),
                id,
              ),
            )
            .join(', ')
        : '(none)',
    column: { header: 'Scope tags', card: 'footer' },
  }),
  machineName: defineField({
    label: 'Machine name',
    access: 'reported',
    graph: nullableString,
    kind: 'text',
    input: {
      kind: 'text',
      schema: trimmedText(MACHINE_NAME_MAX),
      ...optionalText,
      fromInput: blankToNull,
    },
    equals: sameText,
    format: (value) => value ?? '',
    column: {
      header: 'Machine',
      card: 'line',
      sort: {
        param: 'machine',
        menu: { asc: 'A to Z' },
        compare: (a, b) => lowerText(a).localeCompare(lowerText(b)),
      },
    },
  }),
  connectorVersion: defineField({
    label: 'Connector version',
    access: 'reported',
    graph: nullableString,
    kind: 'text',
    input: {
      kind: 'text',
      schema: trimmedText(CONNECTOR_VERSION_MAX),
      ...optionalText,
      fromInput: blankToNull,
    },
    equals: sameText,
    format: (value) => value ?? '',
    column: {
      header: 'Version',
      card: 'line',
      cardBlank: 'no version',
      sort: {
        param: 'version',
        menu: { asc: 'oldest first' },
        compare: (a, b) => compareVersions(a ?? '0', b ?? '0'),
      },
    },
  }),
  lastConnectionDateTime: defineField({
    label: 'Last connection',
    access: 'reported',
    ...dateTime,
    input: dateTimeInput,
    column: {
      header: 'Last connection',
      card: 'line',
      sort: {
        param: 'lastConnection',
        menu: { asc: 'oldest first', desc: 'newest first' },
        compare: (a, b) => new Date(a).getTime() - new Date(b).getTime(),
      },
    },
  }),
  enrolledDateTime: defineField({
    label: 'Enrolled',
    access: 'reported',
    ...dateTime,
    input: dateTimeInput,
  }),
  id: defineField({
    label: 'Id',
    access: 'read-only',
    graph: z.string().check(z.minLength(1)),
    kind: 'id',
    helperText: 'Assigned by Intune; it cannot be changed.',
    equals: (a, b) => a === b,
    format: (value) => value,
  }),
};
