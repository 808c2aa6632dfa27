import { setupServer } from 'msw/node';

import { createMockDb, memoryStore } from './db';
import { graphHandlers } from './handlers';

/** Vitest: the same mock Graph, in memory. */
export const mockDb = createMockDb(memoryStore());
export const server = setupServer(...graphHandlers(mockDb));
