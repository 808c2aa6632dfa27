import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm, useWatch } from 'react-hook-form';

import { getGraphBaseUrl } from '@/lib/graph/graph-client';
import { GraphError } from '@/lib/graph/graph-error';
import { useUnsavedChangesGuard } from '@/lib/router/use-unsaved-changes-guard';
import { useTenantScope } from '@/lib/tenant-scope';

import { fieldOf, type Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { changedFields, patchEquals } from '../model/patch';

import { DraftOffer } from './drafts/draft-offer';
import { draftId } from './drafts/draft-store';
import { useConnectorDraft } from './drafts/use-connector-draft';
import { ConnectorForm } from './form/connector-form';
import {
  connectorFormSchema,
  toConnectorPatch,
  toFormValues,
  type ConnectorFormInput,
  type ConnectorFormValues,
} from './form/form-values';
import { NotAppliedAlert } from './not-applied-alert';
import { buildPatchRequest } from './review/patch-request';
import { ReviewDialog } from './review/review-dialog';
import { SaveConflictDialog } from './save/save-conflict-dialog';
import { canSendAgain, shownFailure, type SaveStateAt } from './save/save-flow';
import { showServerFieldError } from './save/server-field-error';
import { useSaveFlow } from './save/use-save-flow';
import { SaveErrorAlert } from './save-error-alert';
import { UnsavedChangesDialog } from './unsaved-changes-dialog';

type ConnectorEditorProps = {
  connector: Connector;
  readOnly: boolean;
  /** The flow has entered `saved`: the draft is cleared and leaving is allowed. */
  onSaved: (state: SaveStateAt<'saved'>) => void;
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
  const { state, dispatch } = useSaveFlow(connector, {
    onSaved: (saved) => {
      draft.clear();
      guard.release();
      onSaved(saved);
    },
    onFailed: ({ error }) => showServerFieldError(form, error),
  });
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
  // Offered only while the form still holds what was sent: after further edits, Save reviews them.
  const sendAgain =
    failure &&
    canSendAgain(failure) &&
    pendingPatch &&
    patchEquals(pendingPatch, failure.input.patch)
      ? () => dispatch({ type: 'send-again' })
      : undefined;

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
      {state.step === 'conflict' && <SaveConflictDialog state={state} dispatch={dispatch} />}
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
