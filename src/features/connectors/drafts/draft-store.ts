import { z } from 'zod';

import type { ConnectorFormInput } from '../api/connector-form';
import { connectorStateSchema } from '../types';

// sessionStorage: a draft belongs to this tab and dies with it; it never leaves the browser.
const draftKey = (id: string) => `ndes-connector-admin.draft.${id}`;

const draftValuesSchema = z.object({
  displayName: z.string(),
  state: connectorStateSchema,
  roleScopeTagIds: z.array(z.string()),
  machineName: z.string(),
  connectorVersion: z.string(),
  lastConnectionDateTime: z.string(),
  enrolledDateTime: z.string(),
});

const storedDraftSchema = z.object({
  savedAt: z.string(),
  /** 'reauth': saved just before a sign-in redirect, restored without asking on return. */
  reason: z.enum(['autosave', 'reauth']),
  values: draftValuesSchema,
  /** The connector's values when the draft was typed: tells the user's edits from what they left alone. */
  base: draftValuesSchema.optional(),
});
export type StoredDraft = z.infer<typeof storedDraftSchema>;

/** Form values are plain JSON: equal when they serialise alike. */
export const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The form values a draft restores onto the connector as it is now: the fields the user edited, and
 * the current value of every other field, so restoring never reverts a change saved meanwhile.
 */
export function draftValuesFor(
  draft: StoredDraft,
  current: ConnectorFormInput,
): ConnectorFormInput {
  const { base, values } = draft;
  if (!base) return values;
  const keys = Object.keys(values) as (keyof ConnectorFormInput)[];
  return Object.fromEntries(
    keys.map((key) => [key, sameValue(values[key], base[key]) ? current[key] : values[key]]),
  ) as ConnectorFormInput;
}

/**
 * Fields the draft changed that someone else has changed too since it was typed: restoring puts the
 * draft's value back over theirs, so the offer has to say so.
 */
export function contestedFields(
  draft: StoredDraft,
  current: ConnectorFormInput,
): (keyof ConnectorFormInput)[] {
  const { base, values } = draft;
  if (!base) return [];
  return (Object.keys(values) as (keyof ConnectorFormInput)[]).filter(
    (key) => !sameValue(values[key], base[key]) && !sameValue(base[key], current[key]),
  );
}

export function readDraft(id: string): StoredDraft | null {
  try {
    const parsed = storedDraftSchema.safeParse(
      JSON.parse(sessionStorage.getItem(draftKey(id)) ?? 'null'),
    );
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function writeDraft(
  id: string,
  values: ConnectorFormInput,
  base: ConnectorFormInput,
  reason: StoredDraft['reason'],
) {
  const draft: StoredDraft = { savedAt: new Date().toISOString(), reason, values, base };
  sessionStorage.setItem(draftKey(id), JSON.stringify(draft));
}

export function clearDraft(id: string) {
  sessionStorage.removeItem(draftKey(id));
}
