const ONE_CONNECTOR = '/deviceManagement/ndesConnectors/:id';

type Target = {
  label: string;
  hint?: string;
  method: 'GET' | 'PATCH' | 'DELETE';
  path: string;
  /** `batch`: the inner requests of a JSON `$batch` (bulk edit and bulk delete). */
  scope: 'direct' | 'batch';
};

/** The places a fault can strike in the app, as the Graph requests behind them. */
export const FAULT_TARGETS: Record<
  'list' | 'detail' | 'scopeTags' | 'save' | 'delete' | 'batchPatch' | 'batchDelete',
  Target
> = {
  list: {
    label: 'Connector list',
    method: 'GET',
    path: '/deviceManagement/ndesConnectors',
    scope: 'direct',
  },
  detail: {
    label: 'Connector detail',
    hint: 'also the edit screen, and the reads around a save or a delete',
    method: 'GET',
    path: ONE_CONNECTOR,
    scope: 'direct',
  },
  scopeTags: {
    label: 'Scope tag lookup',
    method: 'GET',
    path: '/deviceManagement/roleScopeTags',
    scope: 'direct',
  },
  save: { label: 'Save (PATCH)', method: 'PATCH', path: ONE_CONNECTOR, scope: 'direct' },
  delete: { label: 'Delete (DELETE)', method: 'DELETE', path: ONE_CONNECTOR, scope: 'direct' },
  batchPatch: {
    label: 'Bulk edit: a PATCH inside $batch',
    hint: 'a lost answer loses the whole batch’s answer',
    method: 'PATCH',
    path: ONE_CONNECTOR,
    scope: 'batch',
  },
  batchDelete: {
    label: 'Bulk delete: a DELETE inside $batch',
    hint: 'a lost answer loses the whole batch’s answer',
    method: 'DELETE',
    path: ONE_CONNECTOR,
    scope: 'batch',
  },
};

export type FaultTarget = keyof typeof FAULT_TARGETS;
