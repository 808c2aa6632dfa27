import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import Button from '@mui/material/Button';
import ButtonGroup from '@mui/material/ButtonGroup';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useQueryClient } from '@tanstack/react-query';

import { useMenuButton } from '@/components/use-menu-button';
import type { DemoControls, DemoTenant } from '@/lib/demo/demo-controls';
import { notify } from '@/lib/state/notifications';

/** Reset to the seeded tenant in one click; the arrow offers the 100-connector tenant too. */
export function ResetDemoButton({ demo }: { demo: DemoControls }) {
  const queryClient = useQueryClient();
  const menu = useMenuButton();
  const reset = async (tenant: DemoTenant) => {
    menu.close();
    demo.resetData(tenant);
    await queryClient.resetQueries();
    notify('info', tenant === 'large' ? 'Demo data reset: 100 connectors' : 'Demo data reset');
  };
  return (
    <>
      <ButtonGroup variant="text" color="inherit" size="small">
        <Button startIcon={<RestartAltIcon />} onClick={() => void reset('standard')}>
          Reset demo data
        </Button>
        <Button aria-label="More demo tenants" {...menu.buttonProps}>
          <ArrowDropDownIcon />
        </Button>
      </ButtonGroup>
      <Menu {...menu.menuProps}>
        <MenuItem onClick={() => void reset('standard')}>
          Reset to the standard tenant (10)
        </MenuItem>
        <MenuItem onClick={() => void reset('large')}>
          Load a large tenant (100 connectors, Intune’s maximum)
        </MenuItem>
      </Menu>
    </>
  );
}
