import { addMonths, formatDay, startOfDay } from './calendar-dates';

describe('addMonths', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2026-02-18', 6)).toBe('2026-08-18');
    expect(addMonths('2026-02-18', 18)).toBe('2027-08-18');
    expect(addMonths('2025-07-22', 6)).toBe('2026-01-22');
  });

  it("clamps to the month's last day when the target month is shorter", () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2025-03-31', 18)).toBe('2026-09-30');
  });
});

describe('formatDay', () => {
  it('writes day, short month and year without a leading zero', () => {
    expect(formatDay('2026-08-18')).toBe('18 Aug 2026');
    expect(formatDay('2021-07-04')).toBe('4 Jul 2021');
  });

  it('writes September as Sep, whatever the browser locale data says', () => {
    expect(formatDay('2022-09-21')).toBe('21 Sep 2022');
  });
});

describe('startOfDay', () => {
  it('is midnight UTC', () => {
    expect(new Date(startOfDay('2026-08-18')).toISOString()).toBe('2026-08-18T00:00:00.000Z');
  });
});
