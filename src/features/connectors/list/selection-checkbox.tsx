import { Checkbox } from '@/components/ui/checkbox';

import type { Connector } from '../model/connector';
import { connectorLabel } from '../model/connector-label';

import type { Selection } from './use-selection';

/** The per-connector checkbox, named after the connector so a screen reader says which one. */
export function SelectConnectorCheckbox({
  connector,
  selection,
}: {
  connector: Connector;
  selection: Selection;
}) {
  return (
    <Checkbox
      checked={selection.isSelected(connector.id)}
      onChange={() => selection.toggle(connector.id)}
      aria-label={`Select ${connectorLabel(connector)}`}
    />
  );
}

export const SELECT_ALL_LABEL = 'Select all connectors in this filter';

export function SelectAllCheckbox({ selection }: { selection: Selection }) {
  return (
    <Checkbox
      checked={selection.visibleState === 'all'}
      indeterminate={selection.visibleState === 'some'}
      onChange={selection.toggleVisible}
      aria-label={SELECT_ALL_LABEL}
    />
  );
}
