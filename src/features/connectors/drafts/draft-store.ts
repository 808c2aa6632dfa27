import { z } from 'zod';

import type { ConnectorFormInput } from '../api/connector-form';
import { connectorStateSchema } from '../types';

// sessionStorage: a draft belongs to this tab and dies with it; it never leaves the browser.
const draftKey = (id: string) => `ndes-connector-admin.draft.${id}`;

const storedDraftSchema = z.object({
  savedAt: z.string(),
  /** 'reauth': saved just before a sign-in redirect, restored without asking on return. */
  reason: z.enum(['autosave', 'reauth']),
  values: z.object({
    displayName: z.string(),
    state: connectorStateSchema,
    roleScopeTagIds: z.array(z.string()),
    machineName: z.string(),
    connectorVersion: z.string(),
    lastConnectionDateTime: z.string(),
    enrolledDateTime: z.string(),
  }),
});
export type StoredDraft = z.infer<typeof storedDraftSchema>;

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

export function writeDraft(id: string, values: ConnectorFormInput, reason: StoredDraft['reason']) {
  const draft: StoredDraft = { savedAt: new Date().toISOString(), reason, values };
  sessionStorage.setItem(draftKey(id), JSON.stringify(draft));
}

export function clearDraft(id: string) {
  sessionStorage.removeItem(draftKey(id));
}
