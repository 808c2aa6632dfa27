/** The four places a fault can strike in the app, as the Graph requests behind them. */
export const FAULT_TARGETS: Record<
  'list' | 'detail' | 'scopeTags' | 'save',
  { label: string; hint?: string; method: 'GET' | 'PATCH'; path: string }
> = {
  list: { label: 'Connector list', method: 'GET', path: '/deviceManagement/ndesConnectors' },
  detail: {
    label: 'Connector detail',
    hint: 'also the edit screen, and the reads around a save',
    method: 'GET',
    path: '/deviceManagement/ndesConnectors/:id',
  },
  scopeTags: {
    label: 'Scope tag lookup',
    method: 'GET',
    path: '/deviceManagement/roleScopeTags',
  },
  save: { label: 'Save (PATCH)', method: 'PATCH', path: '/deviceManagement/ndesConnectors/:id' },
};

export type FaultTarget = keyof typeof FAULT_TARGETS;
