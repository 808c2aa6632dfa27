import { useMemo } from 'react';

import { useNow } from '@/lib/use-now';

import type { Connector } from '../model/connector';

import { assessHealth, findReinstallLeftovers, type HealthVerdict } from './assess-health';
import { useHealthSettings } from './health-settings';

export type ConnectorHealth = HealthVerdict & { leftover: string | null };

/** Every connector's verdict under the user's health rules, including reinstall-leftover flags. */
export function useConnectorHealth(connectors: Connector[]): Map<string, ConnectorHealth> {
  const settings = useHealthSettings();
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
