export const UNNAMED_CONNECTOR = 'Unnamed connector';

export function connectorLabel(connector: { displayName: string | null }): string {
  return connector.displayName?.trim() ? connector.displayName : UNNAMED_CONNECTOR;
}
