import { createStore } from '@/lib/state/create-store';

/** What has unsaved changes right now, in words ("Changes to CERT01"), for dialogs that end the session. */
export const unsavedChanges = createStore<ReadonlyMap<symbol, string>>(new Map());

export function registerUnsavedChanges(description: string): () => void {
  const id = Symbol(description);
  unsavedChanges.set((current) => new Map([...current, [id, description]]));
  return () => unsavedChanges.set((current) => new Map([...current].filter(([key]) => key !== id)));
}

export function useUnsavedChangeDescriptions(): string[] {
  return [...unsavedChanges.use().values()];
}
