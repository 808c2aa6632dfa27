import DeleteIcon from '@mui/icons-material/Delete';
import EditIcon from '@mui/icons-material/Edit';
import Button from '@mui/material/Button';
import { lazy, Suspense, useState } from 'react';

import type { Connector } from '../model/connector';

// The dialogs (and the batch code) load when first opened, not with the list.
const BulkEditDialog = lazy(async () => ({
  default: (await import('./bulk-edit-dialog')).BulkEditDialog,
}));
const BulkDeleteDialog = lazy(async () => ({
  default: (await import('./bulk-delete-dialog')).BulkDeleteDialog,
}));

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
      <Suspense fallback={null}>
        {open?.kind === 'edit' && <BulkEditDialog connectors={open.connectors} onClose={close} />}
        {open?.kind === 'delete' && (
          <BulkDeleteDialog connectors={open.connectors} onClose={close} />
        )}
      </Suspense>
    </>
  );
}
