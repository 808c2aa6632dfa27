import { graphTimestamp } from './graph-timestamp';

it('writes an instant with the 7 fractional digits Graph sends', () => {
  expect(graphTimestamp(Date.UTC(2026, 0, 5, 9, 30, 0, 123))).toBe('2026-01-05T09:30:00.1230000Z');
});

it('reads back as the same instant', () => {
  const ms = Date.UTC(2025, 11, 31, 23, 59, 59, 999);
  expect(Date.parse(graphTimestamp(ms))).toBe(ms);
});
