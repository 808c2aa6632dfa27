import { useId, useState, type MouseEvent } from 'react';

/**
 * A button that opens a popup anchored to it (a menu, or a dialog-like picker): the ARIA wiring between
 * the two, and the popup's open state. Every menu button of the app uses it.
 */
export function useMenuButton(popup: 'menu' | 'dialog' = 'menu') {
  const menuId = useId();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const close = () => setAnchor(null);
  return {
    close,
    /** The button the popup hangs from, while it is open. */
    anchor,
    buttonProps: {
      'aria-haspopup': popup,
      'aria-controls': anchor ? menuId : undefined,
      'aria-expanded': anchor ? ('true' as const) : undefined,
      onClick: (event: MouseEvent<HTMLElement>) => setAnchor(event.currentTarget),
    },
    menuProps: { id: menuId, anchorEl: anchor, open: anchor !== null, onClose: close },
  };
}
