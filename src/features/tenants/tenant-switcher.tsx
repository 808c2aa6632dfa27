import { lazyMui } from '@/components/lazy-part';
import { Button } from '@/components/ui/button';
import { useMenuButton } from '@/components/use-menu-button';

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
  const picker = useMenuButton('dialog');
  if (tenants.length < 2) return null;
  return (
    <>
      <Button
        color="inherit"
        variant="outlined"
        startIcon={<TenantMark tenantId={tenant.tenantId} />}
        {...picker.buttonProps}
        style={{ maxWidth: 260 }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
          {`Tenant: ${tenant.name}`}
        </span>
      </Button>
      {picker.anchor && (
        <TenantPickerPopup
          id={picker.menuProps.id}
          anchor={picker.anchor}
          current={tenant}
          tenants={tenants}
          onClose={picker.close}
        />
      )}
    </>
  );
}
