import { memoryStore } from '../graph/key-value-store';
import { createMockDb } from '../tenant/db';

const LIST = '/deviceManagement/ndesConnectors';

it('answers the next N matching requests, then is used up', () => {
  const db = createMockDb(memoryStore());
  const fault = db.faults.arm({ method: 'GET', path: LIST, kind: 'http-503', count: 2 });

  expect(db.faults.take('GET', LIST)?.id).toBe(fault.id);
  expect(db.faults.take('PATCH', LIST)).toBeNull();
  expect(db.faults.take('GET', `${LIST}/42`)).toBeNull();
  expect(db.faults.take('GET', LIST)?.id).toBe(fault.id);
  expect(db.faults.take('GET', LIST)).toBeNull();
  expect(db.faults.list()).toEqual([expect.objectContaining({ id: fault.id, hits: 2, count: 2 })]);
});

it('keeps faults and the request log with the tenant, so a reload still sees them', () => {
  const store = memoryStore();
  const first = createMockDb(store);
  first.faults.arm({ method: '*', path: '/*', kind: 'network-error' });
  first.faults.logRequest({ method: 'PATCH', path: `${LIST}/1`, query: '', body: '{}' });

  const afterReload = createMockDb(store);
  expect(afterReload.faults.list()).toHaveLength(1);
  expect(afterReload.faults.requests()).toEqual([
    expect.objectContaining({ seq: 1, method: 'PATCH', body: '{}' }),
  ]);
});

it('tells subscribers when a fault is armed, hit or cleared', () => {
  const db = createMockDb(memoryStore());
  const listener = vi.fn();
  db.faults.subscribe(listener);
  db.faults.arm({ method: 'GET', path: LIST, kind: 'http-500' });
  db.faults.take('GET', LIST);
  db.faults.clear();
  expect(listener).toHaveBeenCalledTimes(3);
});

it('rejects a fault it cannot answer with', () => {
  const db = createMockDb(memoryStore());
  expect(() =>
    db.faults.arm({ method: 'GET', path: 'no-slash', kind: 'http-500', count: 0 }),
  ).toThrow();
  expect(db.faults.list()).toEqual([]);
});

it('resets faults and the log with the demo data', () => {
  const db = createMockDb(memoryStore());
  db.faults.arm({ method: 'GET', path: LIST, kind: 'http-500' });
  db.faults.logRequest({ method: 'GET', path: LIST, query: '', body: null });
  db.reset();
  expect(db.faults.list()).toEqual([]);
  expect(db.faults.requests()).toEqual([]);
});
