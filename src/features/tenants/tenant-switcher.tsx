import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { lazy, Suspense, useId, useState } from 'react';

import { useCurrentTenant } from './current-tenant';
import { TenantMark } from './tenant-mark';

// The search (Autocomplete, Popover) loads on first open, keeping it out of the first page.
const TenantPickerPopup = lazy(async () => ({
  default: (await import('./tenant-picker-popup')).TenantPickerPopup,
}));

/**
 * The top bar's tenant: always visible, by name and colour, so that nobody edits the wrong tenant;
 * a click (or Enter) opens a search over every listed tenant.
 */
export function TenantSwitcher() {
  const { tenant, tenants } = useCurrentTenant();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const popupId = useId();
  if (tenants.length < 2) return null;
  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        startIcon={<TenantMark tenantId={tenant.tenantId} />}
        aria-haspopup="dialog"
        aria-expanded={anchor ? 'true' : undefined}
        aria-controls={anchor ? popupId : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
        sx={{ textTransform: 'none', maxWidth: 260 }}
      >
        <Box
          component="span"
          sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {`Tenant: ${tenant.name}`}
        </Box>
      </Button>
      {anchor && (
        <Suspense fallback={null}>
          <TenantPickerPopup
            id={popupId}
            anchor={anchor}
            current={tenant}
            tenants={tenants}
            onClose={() => setAnchor(null)}
          />
        </Suspense>
      )}
    </>
  );
}
