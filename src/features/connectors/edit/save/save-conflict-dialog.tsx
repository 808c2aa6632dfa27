import type { Dispatch } from 'react';
import { useFormContext } from 'react-hook-form';

import { notify } from '@/lib/state/notifications';

import { changedFields } from '../../model/patch';
import { ConflictDialog } from '../conflicts/conflict-dialog';
import type { ConflictChoices } from '../conflicts/conflict-merge';
import { toFormValues, type ConnectorFormInput } from '../form/form-values';

import { resolvedPatch, type SaveEvent, type SaveStateAt } from './save-flow';

type SaveConflictDialogProps = { state: SaveStateAt<'conflict'>; dispatch: Dispatch<SaveEvent> };

/** The flow's `conflict` step: the user's choices go into the form, then the flow sends what is left. */
export function SaveConflictDialog({ state, dispatch }: SaveConflictDialogProps) {
  const form = useFormContext<ConnectorFormInput>();
  const resolve = (choices: ConflictChoices) => {
    const theirs = toFormValues(state.current);
    for (const { field } of state.conflicts) {
      if (choices[field] === 'theirs') form.setValue(field, theirs[field], { shouldDirty: true });
    }
    if (changedFields(resolvedPatch(state, choices)).length === 0) {
      notify('info', 'Nothing left to save: their values are kept.');
    }
    dispatch({ type: 'resolve', choices, clientRequestId: crypto.randomUUID() });
  };
  return (
    <ConflictDialog
      conflicts={state.conflicts}
      onResolve={resolve}
      onCancel={() => dispatch({ type: 'cancel-conflict' })}
    />
  );
}
