import type { Connector } from '../../model/connector';

/**
 * A name that says which server the connector runs on, which is what helpdesk staff rename for:
 * `CERT01 (CERT01.corp.contoso.com)`. Null when the machine is unknown.
 */
export function suggestDisplayName(connector: Pick<Connector, 'machineName'>): string | null {
  const machine = connector.machineName?.trim();
  if (!machine) return null;
  const host = machine.split('.')[0]?.toUpperCase() ?? machine;
  return host === machine.toUpperCase() ? host : `${host} (${machine})`;
}
