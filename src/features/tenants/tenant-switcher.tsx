import { useId, useState } from 'react';

import { lazyMui } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';

import { useCurrentTenant } from './current-tenant';
import { TenantMark } from './tenant-mark';

// The search (Autocomplete, Popover) loads on first open, keeping it out of the first page.
const TenantPickerPopup = lazyMui(
  async () => (await import('./tenant-picker-popup')).TenantPickerPopup,
  { what: 'The tenant list' },
);

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
        style={{ maxWidth: 260 }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {`Tenant: ${tenant.name}`}
        </span>
      </Button>
      {anchor && (
        <TenantPickerPopup
          id={popupId}
          anchor={anchor}
          current={tenant}
          tenants={tenants}
          onClose={() => setAnchor(null)}
        />
      )}
    </>
  );
}
