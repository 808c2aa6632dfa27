import { useEffect } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { z } from 'zod';

import { onBeforeInteraction } from '@/lib/auth/interaction-hooks';
import { notify } from '@/lib/notifications';

import type { ConnectorFormInput, ConnectorFormValues } from './api/connector-form';
import { connectorStateSchema } from './types';

const draftKey = (id: string) => `ndes-connector-admin.reauth-draft.${id}`;

const storedDraftSchema = z.object({
  displayName: z.string(),
  state: connectorStateSchema,
  roleScopeTagIds: z.array(z.string()),
  machineName: z.string(),
  connectorVersion: z.string(),
  lastConnectionDateTime: z.string(),
  enrolledDateTime: z.string(),
});

function takeDraft(id: string): ConnectorFormInput | null {
  const raw = sessionStorage.getItem(draftKey(id));
  if (raw === null) return null;
  sessionStorage.removeItem(draftKey(id));
  try {
    const parsed = storedDraftSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Keeps what the user typed across a sign-in redirect: saved just before MSAL leaves the page,
 * put back into the form when the edit screen opens again.
 */
export function useReauthDraft(
  connectorId: string,
  form: UseFormReturn<ConnectorFormInput, unknown, ConnectorFormValues>,
) {
  const { getValues, reset } = form;
  useEffect(() => {
    const draft = takeDraft(connectorId);
    if (draft) {
      reset(draft, { keepDefaultValues: true });
      notify(
        'info',
        'You signed in again. Your unsaved changes are restored: review them and save.',
      );
    }
    return onBeforeInteraction(() => {
      sessionStorage.setItem(draftKey(connectorId), JSON.stringify(getValues()));
    });
  }, [connectorId, getValues, reset]);
}
