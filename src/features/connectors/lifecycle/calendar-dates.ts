// Fixed names: en-GB in current ICU writes September as "Sept", and these dates also go into exports.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Midnight UTC at the start of a calendar date ("2026-02-18"), in ms. */
export const startOfDay = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);

/** The same day `months` later, or the month's last day when it has no such day (31 Aug + 6 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const date = new Date(startOfDay(isoDate));
  const day = date.getUTCDate();
  date.setUTCDate(1);
  date.setUTCMonth(date.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, lastDay));
  return date.toISOString().slice(0, 10);
}

/** "18 Aug 2026": day, short month, year, as the date is written (no time zone shift). */
export function formatDay(isoDate: string): string {
  const date = new Date(startOfDay(isoDate));
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()] ?? ''} ${date.getUTCFullYear()}`;
}
