import { z } from 'zod';

import { graphFetch } from './graph-client';
import type { RequestPurpose } from './request-purpose';

// Collections here are small; the bound only stops a nextLink loop from running forever.
const MAX_PAGES = 50;

export type FetchAllPagesOptions<T> = {
  itemSchema: z.ZodType<T>;
  signal?: AbortSignal;
  purpose?: RequestPurpose;
};

/** Reads a Graph collection to its end, following `@odata.nextLink`. */
export async function fetchAllPages<T>(
  path: string,
  { itemSchema, signal, purpose }: FetchAllPagesOptions<T>,
): Promise<T[]> {
  const pageSchema: z.ZodType<{ value: T[]; '@odata.nextLink'?: string | null }> = z
    .object({ value: z.array(itemSchema), '@odata.nextLink': z.string().nullish() })
    .loose();
  const items: T[] = [];
  let next: string | null | undefined = path;
  for (let page = 0; next && page < MAX_PAGES; page += 1) {
    const body: { value: T[]; '@odata.nextLink'?: string | null } = await graphFetch(next, {
      signal,
      schema: pageSchema,
      purpose,
    });
    items.push(...body.value);
    next = body['@odata.nextLink'];
  }
  return items;
}
