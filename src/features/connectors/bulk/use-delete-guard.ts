import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useTenantScope } from '@/lib/tenant-scope';
import { useNow } from '@/lib/use-now';

import { useHealthSettings } from '../health/health-settings';
import { useConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';
import { connectorQueries } from '../model/connector-queries';

import { deleteGuard } from './delete-guard';

/** The verdicts of the connectors to delete, judged against the whole list (for leftovers), and the guard. */
export function useDeleteGuard(connectors: Connector[]) {
  const { tenantId } = useTenantScope();
  const { data: list } = useQuery(connectorQueries.list(tenantId));
  const all = list?.connectors ?? connectors;
  const health = useConnectorHealth(all);
  const settings = useHealthSettings();
  const now = useNow();
  const guard = useMemo(
    () => deleteGuard(connectors, health, settings, now),
    [connectors, health, settings, now],
  );
  return { health, guard };
}
