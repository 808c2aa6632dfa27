import * as z from '@/config/zod';

/** A connector release config.json adds to the table the app ships (features/connectors/lifecycle). */
export type ConfigConnectorRelease = { version: string; released: string };

const VERSION = /^\d+(\.\d+)+$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written year-month-day: Date would roll 2026-02-30 over to 2 March. */
function isCalendarDay(value: string): boolean {
  const [, year, month, day] = DAY.exec(value) ?? [];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return year !== undefined && date.toISOString().slice(0, 10) === value;
}

/** 6.2611.1 and 6.2611.01.0 name the same version, as the lifecycle module compares them. */
const versionKey = (version: string) =>
  version
    .split('.')
    .map(Number)
    .join('.')
    .replace(/(\.0)+$/, '');

export const connectorReleasesSchema = z
  .array(
    z.strictObject({
      version: z
        .string({ error: 'a connector version such as "6.2611.1.1"' })
        .check(z.regex(VERSION, 'a connector version such as "6.2611.1.1": numbers and dots')),
      released: z
        .string({ error: 'the release date, year-month-day, such as "2026-11-02"' })
        .check(
          z.refine(isCalendarDay, 'a real release date, year-month-day, such as "2026-11-02"'),
        ),
    }),
    { error: 'an array of { "version": "6.2611.1.1", "released": "2026-11-02" }' },
  )
  .check(
    z.superRefine((releases, context) => {
      const seen = new Set<string>();
      releases.forEach(({ version }, index) => {
        if (seen.has(versionKey(version)))
          context.addIssue({
            code: 'custom',
            path: [index, 'version'],
            message: `a version listed once: ${version} is already in the list`,
          });
        seen.add(versionKey(version));
      });
    }),
  );
