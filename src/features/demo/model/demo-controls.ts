import type { TenantInfo } from '@/config/tenants';

import type { FaultControls } from './faults';

export type PatchResponseMode = 'no-content' | 'entity';

/**
 * What the demo holds. `standard`: Contoso (ten connectors), Fabrikam and Northwind. `large`: the same,
 * with Contoso at 100 connectors, Intune's maximum per tenant. `fleet`: 100 generated tenants.
 */
export type DemoDataset = 'standard' | 'large' | 'fleet';

/** What demo mode lets the presenter do to the embedded mock tenants. */
export type DemoControls = {
  /** Every tenant back to its seed, in the dataset given (the standard one by default). */
  resetData: (to?: DemoDataset) => void;
  tenants: () => TenantInfo[];
  dataset: () => DemoDataset;
  setPatchResponse: (mode: PatchResponseMode) => void;
  patchResponse: () => PatchResponseMode;
  faults: FaultControls;
};
