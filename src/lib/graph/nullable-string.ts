import * as z from '@/config/zod';

/** A Graph string property that may be null or left out, read as text or null. */
export const nullableString = z.pipe(
  z.nullish(z.string()),
  z.transform((value) => value ?? null),
);
