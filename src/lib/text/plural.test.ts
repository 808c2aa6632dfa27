import { plural } from './plural';

it('keeps the noun singular for exactly one', () => {
  expect(plural(1, 'connector')).toBe('1 connector');
});

it('adds an s for none or several', () => {
  expect(plural(0, 'connector')).toBe('0 connectors');
  expect(plural(2, '$batch request')).toBe('2 $batch requests');
});

it('takes an irregular plural when given one', () => {
  expect(plural(1, 'retry', 'retries')).toBe('1 retry');
  expect(plural(3, 'retry', 'retries')).toBe('3 retries');
});
