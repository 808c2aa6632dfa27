import { randomUUID } from 'node:crypto';

import type { Page } from '@playwright/test';

import {
  faultSpecSchema,
  type ArmedFault,
  type FaultSpec,
} from '../../../src/features/demo/model/faults';
import type { LoggedRequest } from '../../../src/mocks/faults/fault-store';
import { matchesPathPattern } from '../../../src/mocks/faults/path-pattern';
import { FAULTS_KEY, REQUESTS_KEY } from '../../../src/mocks/faults/storage-keys';
import type { MockGraphApi } from '../../../src/mocks/mock-graph-api';

type MockGraphWindow = Window & { __mockGraph?: MockGraphApi };

async function mockGraphReady(page: Page) {
  await page.waitForFunction(() => (window as MockGraphWindow).__mockGraph !== undefined);
}

/** Calls `window.__mockGraph[name](arg)` in the page. */
async function callMockGraph<T>(page: Page, name: keyof MockGraphApi, arg?: unknown): Promise<T> {
  await mockGraphReady(page);
  return page.evaluate(
    ([method, value]) => {
      const mockGraph = (window as MockGraphWindow).__mockGraph;
      if (!mockGraph) throw new Error('window.__mockGraph is missing: is this the demo build?');
      return (mockGraph[method] as (arg?: unknown) => T)(value);
    },
    [name, arg] as const,
  );
}

/** Arms a fault in the page's mock Graph; it is kept with the demo tenant across reloads. */
export const armFault = (page: Page, spec: FaultSpec) =>
  callMockGraph<ArmedFault>(page, 'arm', spec);

/**
 * Arms a fault before the app starts, from a same-origin page that runs no app code: no request the
 * app makes on its way up can be in flight, or use the fault up, before the test opens its page.
 */
export async function armFaultBeforeLoad(page: Page, spec: FaultSpec): Promise<ArmedFault> {
  const fault: ArmedFault = { ...faultSpecSchema.parse(spec), id: randomUUID(), hits: 0 };
  await page.goto('/favicon.svg');
  await page.evaluate(
    ([faultsKey, requestsKey, armed]) => {
      localStorage.setItem(faultsKey, JSON.stringify([armed]));
      localStorage.removeItem(requestsKey);
    },
    [FAULTS_KEY, REQUESTS_KEY, fault] as const,
  );
  return fault;
}

export const clearRequestLog = (page: Page) => callMockGraph<unknown>(page, 'clearRequests');

/** What the mock Graph received since the log was cleared, optionally one method and path pattern. */
export async function loggedRequests(
  page: Page,
  method?: string,
  pathPattern?: string,
): Promise<LoggedRequest[]> {
  const all = await callMockGraph<LoggedRequest[]>(page, 'requests');
  return all.filter(
    (entry) =>
      (!method || entry.method === method) &&
      (!pathPattern || matchesPathPattern(pathPattern, entry.path)),
  );
}

/** How many requests the armed fault has answered: proof that a row's fault really fired. */
export async function faultHits(page: Page, faultId: string): Promise<number> {
  const faults = await callMockGraph<ArmedFault[]>(page, 'faults');
  return faults.find((fault) => fault.id === faultId)?.hits ?? 0;
}
