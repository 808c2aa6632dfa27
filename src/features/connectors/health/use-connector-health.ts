import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { useTenantScope } from '@/lib/tenant-scope';
import { useNow } from '@/lib/use-now';

import type { Connector } from '../model/connector';
import { connectorQueries } from '../model/connector-queries';
import { withConnector } from '../model/read-connector';

import { assessHealth, findReinstallLeftovers, type HealthVerdict } from './assess-health';
import { useHealthRules } from './health-rules';

export type ConnectorHealth = HealthVerdict & { leftover: string | null };

/** Every connector's verdict under the user's health rules, including reinstall-leftover flags. */
export function useConnectorHealth(connectors: Connector[]): Map<string, ConnectorHealth> {
  const settings = useHealthRules();
  const now = useNow();
  return useMemo(() => {
    const leftovers = findReinstallLeftovers(connectors, settings, now);
    return new Map(
      connectors.map((connector) => [
        connector.id,
        {
          ...assessHealth(connector, settings, now),
          leftover: leftovers.get(connector.id) ?? null,
        },
      ]),
    );
  }, [connectors, settings, now]);
}

/** One connector's verdict, judged against the tenant's other connectors (when the list is cached). */
export function useHealthOf(connector: Connector): ConnectorHealth | undefined {
  const { tenantId } = useTenantScope();
  const { data: all } = useQuery(connectorQueries.list(tenantId));
  const siblings = useMemo(
    () => (all ? withConnector(all, connector).connectors : [connector]),
    [all, connector],
  );
  return useConnectorHealth(siblings).get(connector.id);
}
