import type { TenantId } from '@/config/tenants';
import * as z from '@/config/zod';

import { graphFetch } from './graph-client';
import type { RequestPurpose } from './request-purpose';
import type { Interactive } from './sign-in-needed';

// Collections here are small; the bound only stops a nextLink loop from running forever.
export const MAX_PAGES = 50;

export type FetchAllPagesOptions<T> = {
  itemSchema: z.ZodMiniType<T>;
  signal?: AbortSignal;
  purpose?: RequestPurpose;
  /** For tests; MAX_PAGES otherwise. */
  maxPages?: number;
  /** The tenant whose Graph this is, the sign-in tenant's id too. */
  tenantId: TenantId;
  scope?: 'audit';
  interactive?: Interactive;
};

/** What was read, and whether it is all of it: `complete` is false when Graph had more pages than the cap. */
export type PagedItems<T> = { items: T[]; complete: boolean; pagesRead: number };

/** Reads a Graph collection to its end (or to the page cap, and says so), following `@odata.nextLink`. */
export async function fetchAllPages<T>(
  path: string,
  {
    itemSchema,
    signal,
    purpose,
    maxPages = MAX_PAGES,
    tenantId,
    scope,
    interactive,
  }: FetchAllPagesOptions<T>,
): Promise<PagedItems<T>> {
  const pageSchema: z.ZodMiniType<{ value: T[]; '@odata.nextLink'?: string | null }> =
    z.looseObject({ value: z.array(itemSchema), '@odata.nextLink': z.nullish(z.string()) });
  const items: T[] = [];
  let next: string | null | undefined = path;
  let pagesRead = 0;
  while (next && pagesRead < maxPages) {
    const body: { value: T[]; '@odata.nextLink'?: string | null } = await graphFetch(next, {
      signal,
      schema: pageSchema,
      purpose,
      tenantId,
      scope,
      interactive,
    });
    pagesRead += 1;
    items.push(...body.value);
    next = body['@odata.nextLink'];
  }
  return { items, complete: !next, pagesRead };
}
