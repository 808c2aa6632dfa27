import { useQueryClient } from '@tanstack/react-query';

import { lazyMui } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';
import { ArrowDropDownIcon, RestartAltIcon } from '@/components/ui/icons';
import { useMenuButton } from '@/components/use-menu-button';
import { notify } from '@/lib/state/notifications';

import type { DemoControls, DemoDataset } from '../model/demo-controls';

import './reset-demo-button.css';

const ResetDemoMenu = lazyMui(async () => (await import('./reset-demo-menu')).ResetDemoMenu, {
  what: 'The reset menu',
});

const RESET_MESSAGES: Record<DemoDataset, string> = {
  standard: 'Demo data reset',
  large: 'Demo data reset: Contoso has 100 connectors',
  fleet: 'Demo data reset: 100 tenants',
};

type ResetDemoButtonProps = {
  demo: DemoControls;
  /** Forgets the snapshots of the data being replaced, which "Since your last visit" would diff. */
  onDataReset: () => Promise<void>;
};

/**
 * Reset the current demo data in one click; the arrow offers the other datasets. The tenant list is
 * read at start, so a change between the named tenants and the fleet starts the page again.
 */
export function ResetDemoButton({ demo, onDataReset }: ResetDemoButtonProps) {
  const queryClient = useQueryClient();
  const menu = useMenuButton();
  const reset = async (to: DemoDataset) => {
    menu.close();
    const tenantsChange = (demo.dataset() === 'fleet') !== (to === 'fleet');
    await onDataReset();
    demo.resetData(to);
    if (tenantsChange) return window.location.assign(import.meta.env.BASE_URL);
    await queryClient.resetQueries();
    notify('info', RESET_MESSAGES[to]);
  };
  const { anchorEl, id, onClose } = menu.menuProps;
  return (
    <>
      {/* MUI's text ButtonGroup: two buttons with a divider between them. */}
      <div role="group" className="reset-demo">
        <Button
          color="inherit"
          size="small"
          startIcon={<RestartAltIcon />}
          onClick={() => void reset(demo.dataset())}
        >
          Reset demo data
        </Button>
        <Button color="inherit" size="small" aria-label="More demo tenants" {...menu.buttonProps}>
          <ArrowDropDownIcon />
        </Button>
      </div>
      {anchorEl && (
        <ResetDemoMenu
          id={id}
          anchor={anchorEl}
          onClose={onClose}
          onReset={(to) => void reset(to)}
        />
      )}
    </>
  );
}
