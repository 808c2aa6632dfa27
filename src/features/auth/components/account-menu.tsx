import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';

import { useAuth } from '@/lib/auth/auth-context';

/** Who is signed in, to which tenant, and sign-out. */
export function AccountMenu() {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const account = auth.getAccount();
  if (!account) return null;

  const signOut = async () => {
    setAnchor(null);
    // No Graph data outlives the session: drop the cache and every draft before leaving.
    queryClient.clear();
    sessionStorage.clear();
    await auth.signOut();
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleIcon />}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ maxWidth: 240 }}
      >
        <Typography component="span" noWrap variant="body2" sx={{ fontWeight: 600 }}>
          {account.name}
        </Typography>
      </Button>
      <Menu id={menuId} anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        <Stack sx={{ px: 2, py: 1, maxWidth: 360 }} aria-label="Account details">
          <Typography sx={{ fontWeight: 600 }}>{account.name}</Typography>
          <Typography variant="body2">{account.username}</Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Tenant {account.tenantId} · {auth.cloudLabel}
          </Typography>
        </Stack>
        {auth.kind === 'msal' && <Divider />}
        {auth.kind === 'msal' && <MenuItem onClick={() => void signOut()}>Sign out</MenuItem>}
      </Menu>
    </>
  );
}
