import AccountCircleIcon from '@mui/icons-material/AccountCircle';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useState } from 'react';

import { useAuth } from '@/lib/auth/auth-context';

// The menu (Popover, Modal, MenuList) loads on first open, keeping it out of the first page.
const AccountMenuPopup = lazy(async () => ({
  default: (await import('./account-menu-popup')).AccountMenuPopup,
}));

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
      {anchor && (
        <Suspense fallback={null}>
          <AccountMenuPopup
            id={menuId}
            anchor={anchor}
            account={account}
            cloudLabel={auth.cloudLabel}
            canSignOut={auth.kind === 'msal'}
            onClose={() => setAnchor(null)}
            onSignOut={() => void signOut()}
          />
        </Suspense>
      )}
    </>
  );
}
