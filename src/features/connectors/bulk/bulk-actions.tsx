import { useState } from 'react';

import { lazyMui } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';
import { DeleteIcon, EditIcon } from '@/components/ui/icons';

import type { Connector } from '../model/connector';

// The dialogs (and the batch code) load when first opened, not with the list.
const BulkEditDialog = lazyMui(async () => (await import('./bulk-edit-dialog')).BulkEditDialog, {
  what: 'The bulk edit dialog',
});
const BulkDeleteDialog = lazyMui(
  async () => (await import('./bulk-delete-dialog')).BulkDeleteDialog,
  { what: 'The bulk delete dialog' },
);

/** The toolbar's bulk actions. The connectors are fixed when a dialog opens, so a refresh cannot change them. */
export function BulkActions({ connectors }: { connectors: Connector[] }) {
  const [open, setOpen] = useState<{ kind: 'edit' | 'delete'; connectors: Connector[] } | null>(
    null,
  );
  const close = () => setOpen(null);
  return (
    <>
      <Button
        startIcon={<EditIcon />}
        variant="contained"
        onClick={() => setOpen({ kind: 'edit', connectors })}
      >
        Edit selected
      </Button>
      <Button
        startIcon={<DeleteIcon />}
        color="error"
        onClick={() => setOpen({ kind: 'delete', connectors })}
      >
        Delete selected
      </Button>
      {open?.kind === 'edit' && <BulkEditDialog connectors={open.connectors} onClose={close} />}
      {open?.kind === 'delete' && <BulkDeleteDialog connectors={open.connectors} onClose={close} />}
    </>
  );
}
