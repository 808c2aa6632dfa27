import { useQuery } from '@tanstack/react-query';

import { DeferredTooltip } from '@/components/deferred-tooltip';
import { Chip } from '@/components/ui/chip';
import { Stack } from '@/components/ui/stack';
import { useTenantScope } from '@/lib/tenant-scope';

import { scopeTagLabel, scopeTagQueries } from '../api/scope-tag-queries';

/** Scope tags by name where the tenant lists them; an id it does not list shows as the raw id. */
export function ScopeTagChips({ ids }: { ids: readonly string[] }) {
  const { tenantId } = useTenantScope();
  const { data: tags } = useQuery(scopeTagQueries.list(tenantId));
  if (ids.length === 0) return <span>None</span>;
  return (
    <Stack direction="row" wrap style={{ gap: 4 }}>
      {ids.map((id) => {
        const tag = tags?.find((candidate) => candidate.id === id);
        return (
          <DeferredTooltip key={id} title={tag?.description ?? `Scope tag id ${id}`}>
            <Chip label={scopeTagLabel(tag, id)} variant="outlined" />
          </DeferredTooltip>
        );
      })}
    </Stack>
  );
}
