import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQueryClient } from '@tanstack/react-query';

import { useMenuButton } from '@/components/use-menu-button';
import type { DemoControls, DemoDataset } from '@/lib/demo/demo-controls';
import { notify } from '@/lib/state/notifications';

const RESET_MESSAGES: Record<DemoDataset, string> = {
  standard: 'Demo data reset',
  large: 'Demo data reset: Contoso has 100 connectors',
  fleet: 'Demo data reset: 100 tenants',
};

/**
 * Reset the current demo data in one click; the arrow offers the other datasets. The tenant list is
 * read at start, so a change between the named tenants and the fleet starts the page again.
 */
export function ResetDemoButton({ demo }: { demo: DemoControls }) {
  const queryClient = useQueryClient();
  const menu = useMenuButton();
  const reset = async (to: DemoDataset) => {
    menu.close();
    const tenantsChange = (demo.dataset() === 'fleet') !== (to === 'fleet');
    demo.resetData(to);
    if (tenantsChange) return window.location.assign(import.meta.env.BASE_URL);
    await queryClient.resetQueries();
    notify('info', RESET_MESSAGES[to]);
  };
  return (
    <>
      <ButtonGroup variant="text" color="inherit" size="small">
        <Button startIcon={<RestartAltIcon />} onClick={() => void reset(demo.dataset())}>
          Reset demo data
        </Button>
        <Button aria-label="More demo tenants" {...menu.buttonProps}>
          <ArrowDropDownIcon />
        </Button>
      </ButtonGroup>
      <Menu {...menu.menuProps}>
        <MenuItem onClick={() => void reset('standard')}>
          Reset to the standard tenants (Contoso with 10 connectors, Fabrikam, Northwind)
        </MenuItem>
        <MenuItem onClick={() => void reset('large')}>
          Load a large tenant (100 connectors, Intune’s maximum)
        </MenuItem>
        <MenuItem onClick={() => void reset('fleet')}>
          Load an MSP fleet (100 tenants, about 9,000 connectors)
        </MenuItem>
      </Menu>
    </>
  );
}
