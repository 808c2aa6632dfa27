import { queryOptions } from '@tanstack/react-query';

import { fetchAllPages } from '@/lib/graph/fetch-all-pages';

import { scopeTagSchema, type ScopeTag } from '../types';

import { scopeTagPurposes } from './request-purposes';

export const SCOPE_TAGS_URL = '/deviceManagement/roleScopeTags';

export async function listScopeTags(signal?: AbortSignal): Promise<ScopeTag[]> {
  // A lookup only: past the page cap, an unlisted tag shows as its id, as any unknown id does.
  const { items } = await fetchAllPages(SCOPE_TAGS_URL, {
    itemSchema: scopeTagSchema,
    signal,
    purpose: scopeTagPurposes.list,
  });
  return items;
}

export const scopeTagQueries = {
  all: () => ['scopeTags'] as const,
  list: () =>
    queryOptions({
      queryKey: [...scopeTagQueries.all(), 'list'],
      queryFn: ({ signal }) => listScopeTags(signal),
      // Scope tags change rarely; one lookup serves every page of a session.
      staleTime: 5 * 60_000,
    }),
};

export function scopeTagLabel(tag: ScopeTag | undefined, id: string): string {
  if (!tag) return id;
  return tag.displayName ?? id;
}
