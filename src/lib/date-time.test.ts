import fc from 'fast-check';

import {
  formatRelative,
  fromLocalInputValue,
  localOffset,
  parseLocalInputValue,
  toLocalInputValue,
} from './date-time';

// Instants in whole seconds, from 1970 on: before that some zones had offsets in seconds (local mean time).
const instant = fc
  .date({
    min: new Date('1970-01-02T00:00:00Z'),
    max: new Date('9999-12-30T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => new Date(Math.floor(date.getTime() / 1000) * 1000));

describe('toLocalInputValue', () => {
  it('shows an instant as the local wall-clock time, to the second', () => {
    const date = new Date(2016, 11, 31, 23, 58, 36, 667);
    expect(toLocalInputValue(date.toISOString())).toBe('2016-12-31T23:58:36');
  });

  it('reads an offset timestamp with 7 fractional digits as the same instant', () => {
    const iso = '2016-12-31T23:58:36.6670033-08:00';
    const local = toLocalInputValue(iso);
    expect(parseLocalInputValue(local)?.getTime()).toBe(Date.parse('2017-01-01T07:58:36Z'));
  });

  it('gives an empty value for text that is not a date', () => {
    expect(toLocalInputValue('not a date')).toBe('');
  });
});

describe('fromLocalInputValue', () => {
  it('writes the local time with the local offset', () => {
    const value = '2026-11-28T09:30:15';
    const iso = fromLocalInputValue(value);
    const offset = localOffset(new Date(2026, 10, 28, 9, 30, 15));
    expect(iso).toBe(`${value}${offset}`);
    expect(Date.parse(iso ?? '')).toBe(new Date(2026, 10, 28, 9, 30, 15).getTime());
  });

  it('adds the seconds a datetime-local value may leave out', () => {
    expect(fromLocalInputValue('2026-11-28T09:30')).toMatch(/^2026-11-28T09:30:00[+-]\d\d:\d\d$/);
  });

  it('round-trips with toLocalInputValue for any instant', () => {
    fc.assert(
      fc.property(instant, (date) => {
        const local = toLocalInputValue(date.toISOString());
        const iso = fromLocalInputValue(local);
        expect(iso).not.toBeNull();
        expect(Date.parse(iso ?? '')).toBe(date.getTime());
        expect(toLocalInputValue(iso ?? '')).toBe(local);
      }),
    );
  });
});

describe('parseLocalInputValue', () => {
  it.each(['2026-02-30T10:00', '2026-02-29T10:00', '2025-04-31T00:00:00', '2026-13-01T00:00'])(
    'rejects %s, a day that does not exist',
    (value) => {
      expect(parseLocalInputValue(value)).toBeNull();
      expect(fromLocalInputValue(value)).toBeNull();
    },
  );

  it.each(['', 'tomorrow', '2026-11-28', '2026-11-28 10:00', '1899-12-31T23:59'])(
    'rejects %j',
    (value) => {
      expect(parseLocalInputValue(value)).toBeNull();
    },
  );

  it('accepts a leap day', () => {
    expect(parseLocalInputValue('2028-02-29T12:00:00')?.getDate()).toBe(29);
  });

  describe('where clocks change (America/Los_Angeles)', () => {
    // Node applies a new TZ at once; unstubbing restores the zone the other tests run in.
    beforeEach(() => {
      vi.stubEnv('TZ', 'America/Los_Angeles');
    });
    afterEach(() => {
      vi.unstubAllEnvs();
    });

    it('rejects a time skipped when clocks go forward', () => {
      expect(parseLocalInputValue('2026-03-08T02:30')).toBeNull();
    });

    it('accepts the times around the skipped hour, and a repeated one', () => {
      expect(fromLocalInputValue('2026-03-08T01:59:59')).toBe('2026-03-08T01:59:59-08:00');
      expect(fromLocalInputValue('2026-03-08T03:00')).toBe('2026-03-08T03:00:00-07:00');
      expect(parseLocalInputValue('2026-11-01T01:30')).not.toBeNull();
    });
  });
});

describe('localOffset', () => {
  it('writes the offset as ±hh:mm', () => {
    fc.assert(
      fc.property(instant, (date) => {
        const offset = localOffset(date);
        expect(offset).toMatch(/^[+-]\d\d:\d\d$/);
        const [hours, minutes] = offset.slice(1).split(':').map(Number) as [number, number];
        const sign = offset.startsWith('-') ? -1 : 1;
        // `+ 0` turns UTC's -0 into 0.
        expect(sign * (hours * 60 + minutes)).toBe(-date.getTimezoneOffset() + 0);
      }),
    );
  });
});

describe('formatRelative', () => {
  const now = Date.parse('2026-11-28T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();
  const MINUTE = 60_000;
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;

  it.each([
    [ago(20_000), 'just now'],
    [ago(4 * MINUTE), '4 minutes ago'],
    [ago(2 * HOUR), '2 hours ago'],
    [ago(30 * HOUR), 'yesterday'],
    [ago(4 * DAY), '4 days ago'],
    [ago(3 * 7 * DAY), '3 weeks ago'],
    [ago(5 * 7 * DAY), '5 weeks ago'],
    [ago(90 * DAY), '3 months ago'],
    [ago(640 * DAY), 'last year'],
    [new Date(now + 2 * HOUR).toISOString(), 'in 2 hours'],
    ['2026-11-28T03:56:00.0000000-08:00', '4 minutes ago'],
  ])('says %s is "%s"', (iso, expected) => {
    expect(formatRelative(iso, now)).toBe(expected);
  });

  it('says "Unknown" for a value that is not a date', () => {
    expect(formatRelative('soon', now)).toBe('Unknown');
  });
});
