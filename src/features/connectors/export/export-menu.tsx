import { lazyMui } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';
import { FileDownloadIcon } from '@/components/ui/icons';
import { useMenuButton } from '@/components/use-menu-button';

import type { ConnectorHealth } from '../health/use-connector-health';
import type { Connector } from '../model/connector';

// The menu (Popover, Modal, MenuList) and the formats load on first open, keeping them out of the first page.
const ExportMenuPopup = lazyMui(async () => (await import('./export-menu-popup')).ExportMenuPopup, {
  what: 'The export menu',
});

type ExportMenuProps = {
  /** What to export: the current filter, or a selection. */
  connectors: readonly Connector[];
  /** Verdicts judged against the whole tenant, so leftovers are flagged. */
  health: Map<string, ConnectorHealth>;
  label?: string;
};

/** The Export button; its menu offers CSV, JSON or a Markdown table of the connectors it is given. */
export function ExportMenu({ connectors, health, label = 'Export' }: ExportMenuProps) {
  const menu = useMenuButton();
  const { anchorEl, id, onClose } = menu.menuProps;
  return (
    <>
      <Button
        startIcon={<FileDownloadIcon />}
        disabled={connectors.length === 0}
        {...menu.buttonProps}
      >
        {label}
      </Button>
      {anchorEl && (
        <ExportMenuPopup
          id={id}
          anchor={anchorEl}
          onClose={onClose}
          connectors={connectors}
          health={health}
        />
      )}
    </>
  );
}
