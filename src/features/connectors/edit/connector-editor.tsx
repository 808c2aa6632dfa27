import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm, useWatch } from 'react-hook-form';

import { getGraphBaseUrl } from '@/lib/graph/graph-client';
import { GraphError } from '@/lib/graph/graph-error';
import { useUnsavedChangesGuard } from '@/lib/router/use-unsaved-changes-guard';
import { notify } from '@/lib/state/notifications';
import { useTenantScope } from '@/lib/tenant-scope';

import { fieldOf, type Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { changedFields, patchEquals } from '../model/patch';

import { ConflictDialog } from './conflicts/conflict-dialog';
import type { ConflictChoices } from './conflicts/conflict-merge';
import { DraftOffer } from './drafts/draft-offer';
import { draftId } from './drafts/draft-store';
import { useConnectorDraft } from './drafts/use-connector-draft';
import { ConnectorForm } from './form/connector-form';
import {
  connectorFormSchema,
  formInputs,
  toConnectorPatch,
  toFormValues,
  type ConnectorFormInput,
  type ConnectorFormValues,
} from './form/form-values';
import { NotAppliedAlert } from './not-applied-alert';
import { buildPatchRequest } from './review/patch-request';
import { ReviewDialog } from './review/review-dialog';
import type { SaveConnectorResult } from './save/save-connector';
import { canSendAgain, shownFailure, type SaveEvent, type SaveState } from './save/save-flow';
import { useSaveFlow } from './save/use-save-flow';
import { SaveErrorAlert } from './save-error-alert';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

type ConnectorEditorProps = {
  connector: Connector;
  readOnly: boolean;
  onSaved: (result: SaveConnectorResult, fields: string[]) => void;
  onCancel: () => void;
  onBackToList: () => void;
};

/** The edit screen: renders the save flow's state; the flow itself lives in save/. */
export function ConnectorEditor({ connector, readOnly, onSaved, ...nav }: ConnectorEditorProps) {
  const form = useForm<ConnectorFormInput, unknown, ConnectorFormValues>({
    resolver: zodResolver(connectorFormSchema),
    defaultValues: toFormValues(connector),
    mode: 'onTouched',
    disabled: readOnly,
  });
  const draft = useConnectorDraft(draftId(useTenantScope().tenantId, connector.id), form);
  const { state, dispatch: dispatchEvent } = useSaveFlow(connector);
  const { original } = state;

  const parsed = connectorFormSchema.safeParse(useWatch({ control: form.control }));
  const pendingPatch = parsed.success ? toConnectorPatch(original, parsed.data) : null;
  // Saving is offered only for a real change: typing a value and then reverting it leaves nothing to send.
  const hasChanges = !pendingPatch || changedFields(pendingPatch).length > 0;
  const failure = shownFailure(state);
  const deleted = failure?.error instanceof GraphError && failure.error.status === 404;
  // Once the connector is gone the draft is what survives: leaving must not offer to discard it.
  const guard = useUnsavedChangesGuard(
    hasChanges && !readOnly && !deleted,
    `Unsaved changes to ${connectorLabel(original)}`,
  );
  const onSettled = (settled: SaveState) => {
    if (settled.step === 'saved') {
      draft.clear();
      guard.release();
      onSaved(settled.result, changedFields(settled.input.patch));
    }
    // Graph names the property it rejected: show it on that field, not only above the buttons.
    const error = settled.step === 'failed' ? settled.error : null;
    if (error instanceof GraphError && error.status === 400 && error.target) {
      const field = formInputs.find(({ key }) => key === error.target);
      if (field) form.setError(field.key, { type: 'server', message: error.message });
    }
  };
  const dispatch = (event: SaveEvent) => {
    const { next, settled } = dispatchEvent(event);
    void settled?.then(onSettled);
    return next;
  };
  // Offered only while the form still holds what was sent: after further edits, Save reviews them.
  const sendAgain =
    failure &&
    canSendAgain(failure) &&
    pendingPatch &&
    patchEquals(pendingPatch, failure.input.patch)
      ? () => dispatch({ type: 'send-again' })
      : undefined;

  const resolve = (choices: ConflictChoices) => {
    if (state.step !== 'conflict') return;
    const theirs = toFormValues(state.current);
    for (const { field } of state.conflicts) {
      if (choices[field] === 'theirs') form.setValue(field, theirs[field], { shouldDirty: true });
    }
    const next = dispatch({ type: 'resolve', choices, clientRequestId: crypto.randomUUID() });
    if (next.step === 'editing') notify('info', 'Nothing left to save: their values are kept.');
  };

  return (
    <FormProvider {...form}>
      {draft.offer && (
        <DraftOffer
          draft={draft.offer}
          contested={draft.contested.map((field) => fieldOf(field).label)}
          onRestore={draft.restore}
          onDiscard={draft.discardOffer}
        />
      )}
      <ConnectorForm
        connector={original}
        form={form}
        canSave={hasChanges && !readOnly}
        isSaving={state.step === 'sending'}
        onCancel={nav.onCancel}
        onSubmit={(submitted) => {
          const patch = toConnectorPatch(original, submitted);
          const id = connector.id;
          const request = buildPatchRequest(getGraphBaseUrl(), id, patch, crypto.randomUUID());
          dispatch({ type: 'review', request });
        }}
        errorSlot={
          state.step === 'not-applied' ? (
            <NotAppliedAlert input={state.input} result={state.result} />
          ) : (
            failure && (
              <SaveErrorAlert
                error={failure.error}
                deleted={deleted}
                onBackToList={nav.onBackToList}
                onSendAgain={sendAgain}
              />
            )
          )
        }
      />
      <ReviewDialog
        original={original}
        request={state.step === 'reviewing' || state.step === 'sending' ? state.request : null}
        isSaving={state.step === 'sending'}
        onClose={() => dispatch({ type: 'close-review' })}
        onConfirm={() => dispatch({ type: 'confirm' })}
      />
      {state.step === 'conflict' && (
        <ConflictDialog
          conflicts={state.conflicts}
          onResolve={resolve}
          onCancel={() => dispatch({ type: 'cancel-conflict' })}
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
