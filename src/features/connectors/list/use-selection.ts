import { useState } from 'react';

import type { Connector } from '../model/connector';

export type Selection = {
  /** Selected connectors that still exist, in the list's order, whether the filter shows them or not. */
  selected: Connector[];
  /** How many of them the current filter hides. */
  hiddenCount: number;
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Select-all for the current filter: 'some' shows as indeterminate. */
  visibleState: 'none' | 'some' | 'all';
  toggleVisible: () => void;
  clear: () => void;
};

/**
 * The checked connectors. A filter change keeps them: the toolbar says how many the filter hides, and
 * every action lists each connector it acts on before anything is sent. Deleted connectors drop out.
 */
export function useSelection(all: Connector[], visible: Connector[]): Selection {
  const [ids, setIds] = useState<ReadonlySet<string>>(() => new Set());
  const selected = all.filter((connector) => ids.has(connector.id));
  const visibleIds = visible.map((connector) => connector.id);
  const visibleSelected = visibleIds.filter((id) => ids.has(id)).length;
  const visibleState =
    visibleSelected === 0 ? 'none' : visibleSelected === visibleIds.length ? 'all' : 'some';
  const update = (change: (next: Set<string>) => void) =>
    setIds((current) => {
      const next = new Set(current);
      change(next);
      return next;
    });
  return {
    selected,
    hiddenCount: selected.length - visibleSelected,
    isSelected: (id) => ids.has(id),
    toggle: (id) => update((next) => (next.has(id) ? next.delete(id) : next.add(id))),
    visibleState,
    toggleVisible: () =>
      update((next) =>
        visibleIds.forEach((id) => (visibleState === 'all' ? next.delete(id) : next.add(id))),
      ),
    clear: () => setIds(new Set()),
  };
}
