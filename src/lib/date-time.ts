const pad = (value: number, length = 2) => String(Math.abs(value)).padStart(length, '0');

/** `2016-12-31T23:58:36` in the browser's time zone: the value a datetime-local input holds. */
export function toLocalInputValue(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return (
    `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

/** The UTC offset the browser uses at `date`, as `+01:00`. */
export function localOffset(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

const LOCAL_INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses a datetime-local value; null when it is malformed or names a day or time that does not exist. */
export function parseLocalInputValue(value: string): Date | null {
  const match = LOCAL_INPUT_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match
    .slice(1)
    .map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const date = new Date(year, month - 1, day, hours, minutes, seconds);
  // A wall-clock time skipped when clocks go forward comes back shifted by an hour: it never happened.
  const roundTrips =
    date.getFullYear() === year &&
    date.getMonth() === month - 1 &&
    date.getDate() === day &&
    date.getHours() === hours &&
    date.getMinutes() === minutes &&
    date.getSeconds() === seconds;
  return roundTrips && year >= 1900 ? date : null;
}

/** A datetime-local value as an Edm.DateTimeOffset that keeps the user's own offset. */
export function fromLocalInputValue(value: string): string | null {
  const date = parseLocalInputValue(value);
  if (!date) return null;
  return `${toLocalInputValue(date.toISOString())}${localOffset(date)}`;
}

const relativeFormat = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const DAY_SECONDS = 24 * 3600;
// [unit, its length, from when it is used]: weeks run to two months, which reads better than "last month".
const UNITS: [Intl.RelativeTimeFormatUnit, number, number][] = [
  ['year', 365 * DAY_SECONDS, 365 * DAY_SECONDS],
  ['month', 30 * DAY_SECONDS, 60 * DAY_SECONDS],
  ['week', 7 * DAY_SECONDS, 7 * DAY_SECONDS],
  ['day', DAY_SECONDS, DAY_SECONDS],
  ['hour', 3600, 3600],
  ['minute', 60, 60],
];

/** "5 minutes ago", "3 weeks ago". */
export function formatRelative(iso: string, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  if (Number.isNaN(seconds)) return 'Unknown';
  for (const [unit, size, from] of UNITS) {
    if (Math.abs(seconds) >= from) return relativeFormat.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

const exactFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'long',
});

/** The exact moment in the user's locale and zone, e.g. "31 Dec 2016, 23:58:36 GMT-8". */
export function formatExact(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : exactFormat.format(date);
}
