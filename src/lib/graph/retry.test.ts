import fc from 'fast-check';

import { backoffDelay, isRetryableStatus, parseRetryAfter, sleep, type RetryPolicy } from './retry';

describe('parseRetryAfter', () => {
  const now = Date.parse('Sat, 28 Nov 2026 12:00:00 GMT');

  it.each([
    ['0', 0],
    ['1', 1_000],
    ['120', 120_000],
    [' 7 ', 7_000],
  ])('reads delta-seconds %j as %i ms', (header, ms) => {
    expect(parseRetryAfter(header, now)).toBe(ms);
  });

  it('reads an HTTP date as the time left until then', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 12:00:30 GMT', now)).toBe(30_000);
  });

  it('reads an HTTP date in the past as no wait', () => {
    expect(parseRetryAfter('Sat, 28 Nov 2026 11:59:00 GMT', now)).toBe(0);
  });

  it.each([
    ['Saturday, 28-Nov-26 12:00:30 GMT', 'RFC 850'],
    ['Sat Nov 28 12:00:30 2026', 'asctime'],
  ])('reads the obsolete HTTP date %j (%s) too', (header) => {
    expect(parseRetryAfter(header, now)).toBe(30_000);
  });

  it.each([null, '', '   ', 'soon', 'later please', 'NaN'])('ignores %j', (header) => {
    expect(parseRetryAfter(header, now)).toBeNull();
  });

  // Date.parse reads all of these as dates, which made waits of years, or of nothing.
  it.each(['1.5', '-1', '2026-11-28T12:00:30Z', '30s', '1e3'])(
    'ignores %j, which is neither delta-seconds nor an HTTP date',
    (header) => {
      expect(parseRetryAfter(header, now)).toBeNull();
    },
  );
});

describe('backoffDelay', () => {
  const policy: RetryPolicy = {
    maxAttempts: 3,
    maxTotalWaitMs: 30_000,
    baseDelayMs: 500,
    maxDelayMs: 8_000,
  };

  it('doubles the ceiling with each attempt', () => {
    const top = () => 1;
    expect([0, 1, 2, 3].map((attempt) => backoffDelay(attempt, policy, top))).toEqual([
      500, 1_000, 2_000, 4_000,
    ]);
  });

  it('never waits longer than the cap, however many attempts', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 2_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 10_000 }),
        fc.integer({ min: 1, max: 60_000 }),
        (attempt, random, baseDelayMs, maxDelayMs) => {
          const delay = backoffDelay(attempt, { ...policy, baseDelayMs, maxDelayMs }, () => random);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThanOrEqual(Math.min(maxDelayMs, baseDelayMs * 2 ** attempt));
          expect(Number.isInteger(delay)).toBe(true);
        },
      ),
    );
  });
});

describe('isRetryableStatus', () => {
  it.each([
    ['GET', 429, true],
    ['GET', 503, true],
    ['GET', 504, true],
    ['GET', 500, false],
    ['GET', 404, false],
    ['PATCH', 429, true],
    ['PATCH', 503, true],
    ['PATCH', 504, false],
    ['PATCH', 500, false],
    ['DELETE', 504, false],
  ] as const)('%s answered %i: retry is %s', (method, status, expected) => {
    expect(isRetryableStatus(method, status)).toBe(expected);
  });
});

describe('sleep', () => {
  it('stops waiting when the request is cancelled', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const waiting = sleep(10_000, controller.signal);
    controller.abort(new Error('cancelled'));

    await expect(waiting).rejects.toThrow('cancelled');
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
