import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';

import { onBeforeInteraction } from '@/lib/auth/interaction-hooks';
import { notify } from '@/lib/state/notifications';

import type { ConnectorFormInput, ConnectorFormValues } from '../form/form-values';

import {
  clearDraft,
  contestedFields,
  draftValuesFor,
  readDraft,
  sameFormValues,
  writeDraft,
  type StoredDraft,
} from './draft-store';

type ConnectorForm = UseFormReturn<ConnectorFormInput, unknown, ConnectorFormValues>;

/**
 * Keeps the edit form's draft in sessionStorage until it is saved or discarded: offered back after a
 * reload, restored without asking after a sign-in redirect.
 */
/** `connectorId`: the draft's id (draftId), which names the tenant too. */
export function useConnectorDraft(connectorId: string, form: ConnectorForm) {
  const { getValues, reset, watch, formState } = form;
  const defaults = formState.defaultValues as ConnectorFormInput;
  // A draft saved by an earlier visit in this tab is offered, not imposed.
  const [offer, setOffer] = useState<StoredDraft | null>(() => {
    const draft = readDraft(connectorId);
    return draft?.reason === 'autosave' &&
      !sameFormValues(draftValuesFor(draft, defaults), defaults)
      ? draft
      : null;
  });
  // Until the user answers the offer, typing must not overwrite the draft they may still want.
  const offerPending = useRef(offer !== null);

  useEffect(() => {
    const draft = readDraft(connectorId);
    if (draft?.reason !== 'reauth') return;
    const values = draftValuesFor(draft, defaults);
    reset(values, { keepDefaultValues: true });
    writeDraft(connectorId, values, defaults, 'autosave');
    notify('info', 'You signed in again. Your unsaved changes are restored: review them and save.');
  }, [connectorId, defaults, reset]);

  useEffect(() => {
    const subscription = watch((values) => {
      if (offerPending.current) return;
      const current = values as ConnectorFormInput;
      if (sameFormValues(current, defaults)) clearDraft(connectorId);
      else writeDraft(connectorId, current, defaults, 'autosave');
    });
    return () => subscription.unsubscribe();
  }, [connectorId, defaults, watch]);

  useEffect(
    () => onBeforeInteraction(() => writeDraft(connectorId, getValues(), defaults, 'reauth')),
    [connectorId, defaults, getValues],
  );

  const restore = useCallback(() => {
    if (!offer) return;
    offerPending.current = false;
    reset(draftValuesFor(offer, defaults), { keepDefaultValues: true });
    setOffer(null);
  }, [defaults, offer, reset]);

  const discardOffer = useCallback(() => {
    offerPending.current = false;
    clearDraft(connectorId);
    setOffer(null);
  }, [connectorId]);

  return {
    offer,
    /** Fields the offered draft would put back over someone else's newer value. */
    contested: offer ? contestedFields(offer, defaults) : [],
    restore,
    discardOffer,
    clear: useCallback(() => clearDraft(connectorId), [connectorId]),
  };
}
