import type { TenantInfo } from '@/config/tenants';
import type { Connector } from '@/features/connectors/model/connector';
import type {
  DemoControls,
  DemoDataset,
  PatchResponseMode,
} from '@/features/demo/model/demo-controls';
import type { ArmedFault, FaultSpec } from '@/features/demo/model/faults';

import type { LoggedRequest } from './faults/fault-store';
import type { MockDirectory } from './tenant/db';

/** What demo builds expose as `window.__mockGraph`, for Playwright and for a curious presenter. */
export type MockGraphApi = {
  arm: (spec: FaultSpec) => ArmedFault;
  faults: () => ArmedFault[];
  clearFaults: () => void;
  requests: () => LoggedRequest[];
  clearRequests: () => void;
  setPatchResponse: (mode: PatchResponseMode) => void;
  /** Changes a home-tenant connector as an admin or the connector itself would elsewhere, no request logged. */
  updateConnector: (change: { id: string; changes: Partial<Connector> }) => Connector | undefined;
  reset: (to?: DemoDataset) => void;
  tenants: () => TenantInfo[];
};

export function createMockGraphApi(db: MockDirectory): MockGraphApi {
  return {
    arm: (spec) => db.faults.arm(spec),
    faults: () => db.faults.list(),
    clearFaults: () => db.faults.clear(),
    requests: () => db.faults.requests(),
    clearRequests: () => db.faults.clearRequests(),
    setPatchResponse: (mode) => db.setPatchResponse(mode),
    updateConnector: ({ id, changes }) => db.updateConnector(id, changes),
    reset: (to) => db.reset(to),
    tenants: () => db.tenants(),
  };
}

export function createDemoControls(db: MockDirectory): DemoControls {
  return {
    resetData: (to) => db.reset(to),
    tenants: () => db.tenants(),
    dataset: () => db.dataset(),
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
