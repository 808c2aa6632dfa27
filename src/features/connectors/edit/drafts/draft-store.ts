import * as z from '@/config/zod';

import {
  connectorFormSchema,
  formInputs,
  sameFormValue,
  type ConnectorFormInput,
  type FormField,
} from '../form/form-values';

// sessionStorage: a draft belongs to this tab and dies with it; it never leaves the browser.
const draftKey = (id: string) => `ndes-connector-admin.draft.${id}`;

/** A draft's id: the connector's, with its tenant's unless that is the sign-in tenant. */
export const draftId = (tenantId: string | undefined, connectorId: string) =>
  tenantId ? `${tenantId.toLowerCase()}/${connectorId}` : connectorId;

// What was typed, valid or not: each field keeps only its type from the form's schema.
const draftShape = Object.fromEntries(
  formInputs.map(({ key, input }) => [
    key,
    input.kind === 'scope-tags'
      ? z.array(z.string())
      : input.kind === 'select'
        ? connectorFormSchema.shape[key]
        : z.string(),
  ]),
) as { [K in FormField]: z.ZodMiniType<ConnectorFormInput[K]> };
const draftValuesSchema = z.object(draftShape);

const storedDraftSchema = z.object({
  savedAt: z.string(),
  /** 'reauth': saved just before a sign-in redirect, restored without asking on return. */
  reason: z.enum(['autosave', 'reauth']),
  values: draftValuesSchema,
  /** The connector's values when the draft was typed: tells the user's edits from what they left alone. */
  base: z.optional(draftValuesSchema),
});
export type StoredDraft = z.infer<typeof storedDraftSchema>;

const keysOf = (values: ConnectorFormInput) => Object.keys(values) as FormField[];

/** Every field of two form values writes the same thing. */
export const sameFormValues = (a: ConnectorFormInput, b: ConnectorFormInput) =>
  formInputs.every(({ key }) => sameFormValue(key, a[key], b[key]));

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
  return Object.fromEntries(
    keysOf(values).map((key) => [
      key,
      sameFormValue(key, values[key], base[key]) ? current[key] : values[key],
    ]),
  ) as ConnectorFormInput;
}

/**
 * Fields the draft changed that someone else has changed too since it was typed: restoring puts the
 * draft's value back over theirs, so the offer has to say so.
 */
export function contestedFields(draft: StoredDraft, current: ConnectorFormInput): FormField[] {
  const { base, values } = draft;
  if (!base) return [];
  return keysOf(values).filter(
    (key) =>
      !sameFormValue(key, values[key], base[key]) && !sameFormValue(key, base[key], current[key]),
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
