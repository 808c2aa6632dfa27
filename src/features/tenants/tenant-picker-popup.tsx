import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import { useRef } from 'react';
import { useNavigate } from 'react-router';

import { sameTenant, type TenantInfo } from '@/config/tenants';
import { useAuth } from '@/lib/auth/auth-context';
import { homeTenantId } from '@/lib/auth/home-tenant';
import { scopedPaths } from '@/lib/tenant-scope';

import { TenantMark } from './tenant-mark';

type TenantPickerPopupProps = {
  id: string;
  anchor: HTMLElement;
  current: TenantInfo;
  tenants: TenantInfo[];
  onClose: () => void;
};

/** Type to find a tenant by name or id; Enter (or a click) opens its connectors. */
export function TenantPickerPopup({
  id,
  anchor,
  current,
  tenants,
  onClose,
}: TenantPickerPopupProps) {
  const navigate = useNavigate();
  const search = useRef<HTMLInputElement>(null);
  const home = homeTenantId(useAuth());
  const open = (tenant: TenantInfo) => {
    onClose();
    if (sameTenant(tenant.tenantId, current.tenantId)) return;
    const isHome = sameTenant(tenant.tenantId, home);
    void navigate(scopedPaths({ tenantId: tenant.tenantId, isHome }).connectors);
  };
  return (
    <Popover
      id={id}
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{
        paper: { role: 'dialog', 'aria-label': 'Switch tenant', sx: { p: 2, width: 360 } },
        // Typing finds a tenant at once: the search takes the focus the Popover gave its paper.
        transition: { onEntered: () => search.current?.focus() },
      }}
    >
      <Autocomplete
        open
        disablePortal
        autoHighlight
        options={tenants}
        // Empty, so that typing searches at once; the current tenant is marked in the list.
        value={null}
        getOptionLabel={(tenant) => tenant.name}
        isOptionEqualToValue={(option, value) => sameTenant(option.tenantId, value.tenantId)}
        filterOptions={(options, { inputValue }) => {
          const text = inputValue.trim().toLowerCase();
          return options.filter(
            ({ name, tenantId }) =>
              name.toLowerCase().includes(text) || tenantId.toLowerCase().includes(text),
          );
        }}
        onChange={(_event, tenant) => tenant && open(tenant)}
        noOptionsText="No listed tenant matches"
        renderOption={({ key, ...props }, tenant) => (
          <Box component="li" key={key} {...props} sx={{ display: 'flex', gap: 1.5 }}>
            <TenantMark tenantId={tenant.tenantId} />
            <span>{tenant.name}</span>
            {sameTenant(tenant.tenantId, current.tenantId) && (
              <Box component="span" sx={{ color: 'text.secondary' }}>
                (current)
              </Box>
            )}
          </Box>
        )}
        slotProps={{ listbox: { sx: { maxHeight: 320 } }, popper: { sx: { position: 'static' } } }}
        renderInput={(params) => (
          <TextField
            {...params}
            inputRef={search}
            label="Find a tenant"
            placeholder="Name or tenant id"
          />
        )}
      />
    </Popover>
  );
}
