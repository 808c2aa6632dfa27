import type { Connector } from './types';

export const UNNAMED_CONNECTOR = 'Unnamed connector';

export function connectorLabel(connector: Pick<Connector, 'displayName'>): string {
  return connector.displayName?.trim() ? connector.displayName : UNNAMED_CONNECTOR;
}
