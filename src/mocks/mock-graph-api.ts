import type { DemoControls, DemoTenant, PatchResponseMode } from '@/lib/demo/demo-controls';
import type { ArmedFault, FaultSpec } from '@/lib/demo/faults';

import type { LoggedRequest } from './faults/fault-store';
import type { MockDb } from './tenant/db';

/** What demo builds expose as `window.__mockGraph`, for Playwright and for a curious presenter. */
export type MockGraphApi = {
  arm: (spec: FaultSpec) => ArmedFault;
  faults: () => ArmedFault[];
  clearFaults: () => void;
  requests: () => LoggedRequest[];
  clearRequests: () => void;
  setPatchResponse: (mode: PatchResponseMode) => void;
  reset: (tenant?: DemoTenant) => void;
};

export function createMockGraphApi(db: MockDb): MockGraphApi {
  return {
    arm: (spec) => db.faults.arm(spec),
    faults: () => db.faults.list(),
    clearFaults: () => db.faults.clear(),
    requests: () => db.faults.requests(),
    clearRequests: () => db.faults.clearRequests(),
    setPatchResponse: (mode) => db.setPatchResponse(mode),
    reset: (tenant) => db.reset(tenant),
  };
}

export function createDemoControls(db: MockDb): DemoControls {
  return {
    resetData: (tenant) => db.reset(tenant),
    setPatchResponse: (mode) => db.setPatchResponse(mode),
    patchResponse: () => db.patchResponse(),
    faults: {
      arm: (spec) => db.faults.arm(spec),
      list: () => db.faults.list(),
      clear: () => db.faults.clear(),
      use: db.faults.use,
    },
  };
}
