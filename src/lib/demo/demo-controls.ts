/** What demo mode lets the presenter do to the embedded mock tenant. */
export type DemoControls = {
  resetData: () => void;
  setPatchResponse: (mode: 'no-content' | 'entity') => void;
  patchResponse: () => 'no-content' | 'entity';
};
