import { queryOptions } from '@tanstack/react-query';

import { fetchAllPages } from '@/lib/graph/fetch-all-pages';
import { tenantKey, type TenantId } from '@/lib/tenant-scope';

import { scopeTagSchema, type ScopeTag } from '../types';

import { scopeTagPurposes } from './request-purposes';

export const SCOPE_TAGS_URL = '/deviceManagement/roleScopeTags';

export async function listScopeTags(
  signal: AbortSignal | undefined,
  tenantId: TenantId,
): Promise<ScopeTag[]> {
  // A lookup only: past the page cap, an unlisted tag shows as its id, as any unknown id does.
  const { items } = await fetchAllPages(SCOPE_TAGS_URL, {
    itemSchema: scopeTagSchema,
    signal,
    purpose: scopeTagPurposes.list,
    tenantId,
  });
  return items;
}

/** A tenant's own scope tags, the sign-in tenant's too. */
export const scopeTagQueries = {
  all: (tenantId: TenantId) => [...tenantKey(tenantId), 'scopeTags'],
  list: (tenantId: TenantId) =>
    queryOptions({
      queryKey: [...scopeTagQueries.all(tenantId), 'list'],
      queryFn: ({ signal }) => listScopeTags(signal, tenantId),
      // Scope tags change rarely; one lookup serves every page of a session.
      staleTime: 5 * 60_000,
    }),
};

export function scopeTagLabel(tag: ScopeTag | undefined, id: string): string {
  if (!tag) return id;
  return tag.displayName ?? id;
}
