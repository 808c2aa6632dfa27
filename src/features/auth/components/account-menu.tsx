import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';

import { lazyMui } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';
import { AccountCircleIcon } from '@/components/ui/icons';
import { Typography } from '@/components/ui/typography';
import { useMenuButton } from '@/components/use-menu-button';
import { useAuth } from '@/lib/auth/auth-context';
import { unsavedChanges } from '@/lib/state/unsaved-changes';

// The menu (Popover, Modal, MenuList) loads on first open, keeping it out of the first page.
const AccountMenuPopup = lazyMui(
  async () => (await import('./account-menu-popup')).AccountMenuPopup,
  { what: 'The account menu' },
);
const SignOutDialog = lazyMui(async () => (await import('./sign-out-dialog')).SignOutDialog, {
  what: 'The sign-out dialog',
  close: (props) => props.onCancel,
});

type AccountMenuProps = {
  /** "Forget this browser's snapshots": offered in the menu and when sign-out asks first. */
  onForgetSnapshots?: () => Promise<void>;
};

/** Who is signed in, to which tenant, and sign-out. */
export function AccountMenu({ onForgetSnapshots }: AccountMenuProps) {
  const auth = useAuth();
  const queryClient = useQueryClient();
  const menu = useMenuButton();
  const [confirming, setConfirming] = useState<string[] | null>(null);
  const account = auth.getAccount();
  if (!account) return null;

  const signOut = async (forget = false) => {
    setConfirming(null);
    if (forget) await onForgetSnapshots?.();
    // No Graph data outlives the session; the client drops the drafts and MSAL its tokens.
    queryClient.clear();
    await auth.signOut();
  };
  const askToSignOut = () => {
    menu.close();
    const unsaved = [...unsavedChanges.get().values()];
    if (unsaved.length > 0) setConfirming(unsaved);
    else void signOut();
  };

  return (
    <>
      <Button
        color="inherit"
        startIcon={<AccountCircleIcon />}
        {...menu.buttonProps}
        style={{ maxWidth: 240 }}
      >
        <Typography component="span" noWrap variant="body2" style={{ fontWeight: 600 }}>
          {account.name}
        </Typography>
      </Button>
      {menu.anchor && (
        <AccountMenuPopup
          id={menu.menuProps.id}
          anchor={menu.anchor}
          account={account}
          cloudLabel={auth.cloudLabel}
          canSignOut={auth.kind === 'msal'}
          onClose={menu.close}
          onSignOut={askToSignOut}
          onForgetSnapshots={
            onForgetSnapshots &&
            (() => {
              menu.close();
              void onForgetSnapshots();
            })
          }
        />
      )}
      {confirming && (
        <SignOutDialog
          unsaved={confirming}
          canForget={Boolean(onForgetSnapshots)}
          onCancel={() => setConfirming(null)}
          onConfirm={(forget) => void signOut(forget)}
        />
      )}
    </>
  );
}
