import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';

import type { AuthAccount } from '@/lib/auth/auth-client';

type AccountMenuPopupProps = {
  id: string;
  anchor: HTMLElement;
  account: AuthAccount;
  cloudLabel: string;
  canSignOut: boolean;
  onClose: () => void;
  onSignOut: () => void;
  onForgetSnapshots?: () => void;
};

export function AccountMenuPopup({
  id,
  anchor,
  account,
  cloudLabel,
  canSignOut,
  onClose,
  onSignOut,
  onForgetSnapshots,
}: AccountMenuPopupProps) {
  return (
    <Menu id={id} anchorEl={anchor} open onClose={onClose}>
      {/* A menu may hold only items: the details are one, read first and never actionable. */}
      <MenuItem disabled sx={{ display: 'block', maxWidth: 360, '&.Mui-disabled': { opacity: 1 } }}>
        <Typography sx={{ fontWeight: 600 }}>{account.name}</Typography>
        <Typography variant="body2">{account.username}</Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Tenant {account.tenantId} · {cloudLabel}
        </Typography>
      </MenuItem>
      {onForgetSnapshots && <Divider />}
      {onForgetSnapshots && (
        <MenuItem onClick={onForgetSnapshots}>Forget this browser&apos;s snapshots</MenuItem>
      )}
      {canSignOut && <Divider />}
      {canSignOut && <MenuItem onClick={onSignOut}>Sign out</MenuItem>}
    </Menu>
  );
}
