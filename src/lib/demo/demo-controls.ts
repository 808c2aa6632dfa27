import type { FaultControls } from './faults';

export type PatchResponseMode = 'no-content' | 'entity';

/** What demo mode lets the presenter do to the embedded mock tenant. */
export type DemoControls = {
  resetData: () => void;
  setPatchResponse: (mode: PatchResponseMode) => void;
  patchResponse: () => PatchResponseMode;
  faults: FaultControls;
};
