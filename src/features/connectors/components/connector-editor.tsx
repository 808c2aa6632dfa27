import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';

import { GraphErrorAlert } from '@/components/graph-error-alert';
import { explainError } from '@/lib/graph/explain-error';
import { getGraphBaseUrl } from '@/lib/graph/graph-client';
import { GraphError } from '@/lib/graph/graph-error';
import { notify } from '@/lib/notifications';
import { useUnsavedChangesGuard } from '@/lib/use-unsaved-changes-guard';

import {
  changedFields,
  connectorFormSchema,
  toConnectorPatch,
  toFormValues,
  type ConnectorFormInput,
  type ConnectorFormValues,
} from '../api/connector-form';
import { ConflictError, useSaveConnector, type SaveConnectorResult } from '../api/save-connector';
import { ConflictDialog } from '../conflicts/conflict-dialog';
import { resolveConflicts, type ConflictChoice } from '../conflicts/conflict-merge';
import { DraftOffer } from '../drafts/draft-offer';
import { useConnectorDraft } from '../drafts/use-connector-draft';
import { FIELD_LABELS, type EditableField } from '../review/field-labels';
import { buildPatchRequest, type PatchRequest } from '../review/patch-request';
import { ReviewDialog } from '../review/review-dialog';
import type { Connector, ConnectorPatch } from '../types';

import { ConnectorForm } from './connector-form';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

type ConnectorEditorProps = {
  connector: Connector;
  readOnly: boolean;
  onSaved: (result: SaveConnectorResult, fields: string[]) => void;
  onCancel: () => void;
  onBackToList: () => void;
};

type SaveAttempt = { base: Connector; patch: ConnectorPatch; clientRequestId: string };

const FORM_FIELDS = Object.keys(connectorFormSchema.shape) as (keyof ConnectorFormInput)[];

/** The edit screen's behaviour: review, stale-write check, conflicts, drafts and the leave guard. */
export function ConnectorEditor({
  connector,
  readOnly,
  onSaved,
  onCancel,
  onBackToList,
}: ConnectorEditorProps) {
  // The version the user started from: the baseline for "what did someone else change meanwhile".
  const [original, setOriginal] = useState(connector);
  const form = useForm<ConnectorFormInput, unknown, ConnectorFormValues>({
    resolver: zodResolver(connectorFormSchema),
    defaultValues: toFormValues(connector),
    mode: 'onTouched',
    disabled: readOnly,
  });
  const draft = useConnectorDraft(connector.id, form);
  const save = useSaveConnector();
  const [review, setReview] = useState<PatchRequest | null>(null);
  const [conflict, setConflict] = useState<ConflictError | null>(null);

  // The last PATCH sent, kept so that a save lost in transit can be sent again as it was reviewed.
  const [attempt, setAttempt] = useState<SaveAttempt | null>(null);

  const values = useWatch({ control: form.control });
  const parsed = connectorFormSchema.safeParse(values);
  const pendingPatch = parsed.success ? toConnectorPatch(original, parsed.data) : null;
  // Saving is offered only for a real change: typing a value and then reverting it leaves nothing to send.
  const hasChanges = !pendingPatch || changedFields(pendingPatch).length > 0;
  const deleted = save.error instanceof GraphError && save.error.status === 404;
  // Once the connector is gone the draft is what survives: leaving must not offer to discard it.
  const guard = useUnsavedChangesGuard(hasChanges && !readOnly && !deleted);

  // Offered only while the form still holds what was sent: after further edits, Save reviews them.
  const canSendAgain =
    attempt !== null &&
    explainError(save.error).retryable &&
    pendingPatch !== null &&
    JSON.stringify(pendingPatch) === JSON.stringify(attempt.patch);

  const send = ({ base, patch, clientRequestId }: SaveAttempt) => {
    setAttempt({ base, patch, clientRequestId });
    save.mutate(
      { id: connector.id, original: base, patch, clientRequestId },
      {
        onSuccess: (result) => {
          draft.clear();
          guard.release();
          setReview(null);
          onSaved(result, changedFields(patch));
        },
        onError: (error) => {
          setReview(null);
          if (error instanceof ConflictError) setConflict(error);
          // Graph names the property it rejected: show it on that field, not only above the buttons.
          if (error instanceof GraphError && error.status === 400 && error.target) {
            const field = FORM_FIELDS.find((name) => name === error.target);
            if (field) form.setError(field, { type: 'server', message: error.message });
          }
        },
      },
    );
  };

  const resolve = (choices: Partial<Record<EditableField, ConflictChoice>>) => {
    if (!conflict || !attempt) return;
    const { current, conflicts } = conflict;
    const patch = resolveConflicts(attempt.patch, conflicts, choices);
    // Fields left to "theirs" now show their value; the new baseline is what Graph holds.
    const theirs = toFormValues(current);
    for (const item of conflicts) {
      if (choices[item.field] === 'theirs')
        form.setValue(item.field, theirs[item.field], { shouldDirty: true });
    }
    setOriginal(current);
    setConflict(null);
    if (changedFields(patch).length === 0) {
      notify('info', 'Nothing left to save: their values are kept.');
      return;
    }
    send({ base: current, patch, clientRequestId: crypto.randomUUID() });
  };

  return (
    <FormProvider {...form}>
      {draft.offer && (
        <DraftOffer
          draft={draft.offer}
          contested={draft.contested.map((field) => FIELD_LABELS[field])}
          onRestore={draft.restore}
          onDiscard={draft.discardOffer}
        />
      )}
      <ConnectorForm
        connector={original}
        form={form}
        canSave={hasChanges && !readOnly}
        isSaving={save.isPending}
        onCancel={onCancel}
        onSubmit={(submitted) =>
          setReview(
            buildPatchRequest(
              getGraphBaseUrl(),
              connector.id,
              toConnectorPatch(original, submitted),
              crypto.randomUUID(),
            ),
          )
        }
        errorSlot={
          deleted ? (
            <GraphErrorAlert
              error={save.error}
              nextStep={{ label: 'Back to connectors', onClick: onBackToList }}
            >
              Your changes are kept as a draft in this tab.
            </GraphErrorAlert>
          ) : save.error && !(save.error instanceof ConflictError) ? (
            <GraphErrorAlert
              error={save.error}
              retryLabel="Send again"
              // The save re-reads first, so a change that did arrive is reported, not sent twice.
              onRetry={canSendAgain ? () => send(attempt) : undefined}
            />
          ) : null
        }
      />
      <ReviewDialog
        original={original}
        request={conflict ? null : review}
        isSaving={save.isPending}
        onClose={() => setReview(null)}
        onConfirm={() =>
          review &&
          send({ base: original, patch: review.body, clientRequestId: review.clientRequestId })
        }
      />
      {conflict && (
        <ConflictDialog
          conflicts={conflict.conflicts}
          onResolve={resolve}
          onCancel={() => setConflict(null)}
        />
      )}
      <UnsavedChangesDialog
        open={guard.blocker.state === 'blocked'}
        onStay={() => guard.blocker.reset?.()}
        onDiscard={() => {
          draft.clear();
          guard.blocker.proceed?.();
        }}
      />
    </FormProvider>
  );
}
