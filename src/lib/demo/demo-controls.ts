import type { FaultControls } from './faults';

export type PatchResponseMode = 'no-content' | 'entity';
/** `large`: 100 connectors, Intune's maximum per tenant. */
export type DemoTenant = 'standard' | 'large';

/** What demo mode lets the presenter do to the embedded mock tenant. */
export type DemoControls = {
  resetData: (tenant?: DemoTenant) => void;
  setPatchResponse: (mode: PatchResponseMode) => void;
  patchResponse: () => PatchResponseMode;
  faults: FaultControls;
};
