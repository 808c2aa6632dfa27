import { setupServer } from 'msw/node';

import type { FaultSpec } from '@/features/demo/model/faults';

import { matchesPathPattern } from './faults/path-pattern';
import { graphHandlers } from './handlers';
import { createMockDb, memoryStore } from './tenant/db';

/** Vitest: the same mock Graph, in memory. */
export const mockDb = createMockDb(memoryStore());
export const server = setupServer(...graphHandlers(mockDb));

/** Makes the next `spec.count` matching requests fail; `mockDb.reset()` after each test disarms it. */
export const armFault = (spec: FaultSpec) => mockDb.faults.arm(spec);

/** What the mock Graph received since the last reset, e.g. to count PATCHes to one path pattern. */
export const receivedRequests = (method?: string, pathPattern?: string) =>
  mockDb.faults
    .requests()
    .filter(
      (entry) =>
        (!method || entry.method === method) &&
        (!pathPattern || matchesPathPattern(pathPattern, entry.path)),
    );
