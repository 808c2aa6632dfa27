import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';

import type { DemoDataset } from '../model/demo-controls';

type ResetDemoMenuProps = {
  id: string;
  anchor: HTMLElement;
  onClose: () => void;
  onReset: (to: DemoDataset) => void;
};

/** The demo datasets to reset to; MUI's Menu loads on first open. */
export function ResetDemoMenu({ id, anchor, onClose, onReset }: ResetDemoMenuProps) {
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      <MenuItem onClick={() => onReset('standard')}>
        Reset to the standard tenants (Contoso with 10 connectors, Fabrikam, Northwind)
      </MenuItem>
      <MenuItem onClick={() => onReset('large')}>
        Load a large tenant (100 connectors, Intune’s maximum)
      </MenuItem>
      <MenuItem onClick={() => onReset('fleet')}>
        Load an MSP fleet (100 tenants, about 9,000 connectors)
      </MenuItem>
    </Menu>
  );
}
