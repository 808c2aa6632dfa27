import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { memo } from 'react';

import type { TenantInfo } from '@/config/tenants';
import { HEALTH_LABELS, SUPPORT_GROUP_LABELS } from '@/features/connectors/public';

import type { FleetFilter } from './fleet-rows';
import { FleetSearchField } from './fleet-search-field';

const ANY = '';
const FILTERS_LAYOUT = { flexWrap: 'wrap', alignItems: 'center' } as const;

type MenuKey = Exclude<keyof FleetFilter, 'text'>;

type FilterSelectsProps = {
  filter: FleetFilter;
  tenants: TenantInfo[];
  versions: string[];
  /** One menu's new value (null: any). */
  onPick: (key: MenuKey, value: string | null) => void;
};

/**
 * The verdict, tenant and version menus. Rendered again only when one of them changes, not on each
 * keystroke in the search (the tenant menu alone holds a hundred items).
 */
const FilterSelects = memo(function FilterSelects({
  filter,
  tenants,
  versions,
  onPick,
}: FilterSelectsProps) {
  const select = (
    label: string,
    value: string | null,
    options: [string, string][],
    key: MenuKey,
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ANY}
      onChange={(event) => onPick(key, event.target.value || null)}
      fullWidth={false}
      sx={{ minWidth: 160 }}
    >
      <MenuItem value={ANY}>Any</MenuItem>
      {options.map(([optionValue, optionLabel]) => (
        <MenuItem key={optionValue} value={optionValue}>
          {optionLabel}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <>
      {select('Health', filter.verdict, Object.entries(HEALTH_LABELS), 'verdict')}
      {select('Support', filter.support, Object.entries(SUPPORT_GROUP_LABELS), 'support')}
      {select(
        'Tenant',
        filter.tenantId,
        tenants.map((tenant) => [tenant.tenantId, tenant.name]),
        'tenantId',
      )}
      {select(
        'Version',
        filter.version,
        versions.map((version) => [version, version]),
        'version',
      )}
    </>
  );
}, sameMenus);

function sameMenus(previous: FilterSelectsProps, next: FilterSelectsProps) {
  return (
    previous.filter.verdict === next.filter.verdict &&
    previous.filter.support === next.filter.support &&
    previous.filter.tenantId === next.filter.tenantId &&
    previous.filter.version === next.filter.version &&
    previous.tenants === next.tenants &&
    previous.versions === next.versions &&
    previous.onPick === next.onPick
  );
}

type FleetFiltersProps = FilterSelectsProps & {
  /** Changes when the search text was set from outside (see FleetSearchField). */
  searchKey: number;
  onText: (text: string) => void;
  /** The field lost focus: what was typed belongs in the URL now. */
  onTextDone: () => void;
  onExport: () => void;
};

/**
 * Text, verdict, tenant and version filters, and the CSV export of what they leave. A keystroke in
 * the search renders none of it.
 */
export const FleetFilters = memo(function FleetFilters({
  filter,
  tenants,
  versions,
  onPick,
  searchKey,
  onText,
  onTextDone,
  onExport,
}: FleetFiltersProps) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={FILTERS_LAYOUT}>
      <FleetSearchField
        key={searchKey}
        defaultText={filter.text}
        onText={onText}
        onBlur={onTextDone}
      />
      <FilterSelects filter={filter} tenants={tenants} versions={versions} onPick={onPick} />
      <Button startIcon={<DownloadIcon />} onClick={onExport}>
        Export CSV
      </Button>
    </Stack>
  );
}, sameFilterProps);

function sameFilterProps(previous: FleetFiltersProps, next: FleetFiltersProps) {
  return (
    previous.searchKey === next.searchKey &&
    sameMenus(previous, next) &&
    previous.onText === next.onText &&
    previous.onTextDone === next.onTextDone &&
    previous.onExport === next.onExport
  );
}
