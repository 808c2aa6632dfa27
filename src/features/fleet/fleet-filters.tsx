import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { memo } from 'react';

import type { TenantInfo } from '@/config/tenants';
import { HEALTH_LABELS } from '@/features/connectors/health/assess-health';

import type { FleetFilter } from './fleet-rows';

const ANY = '';

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
const FilterSelects = memo(
  function FilterSelects({ filter, tenants, versions, onPick }: FilterSelectsProps) {
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
  },
  (previous, next) =>
    previous.filter.verdict === next.filter.verdict &&
    previous.filter.tenantId === next.filter.tenantId &&
    previous.filter.version === next.filter.version &&
    previous.tenants === next.tenants &&
    previous.versions === next.versions &&
    previous.onPick === next.onPick,
);

/** Text, verdict, tenant and version filters, and the CSV export of what they leave. */
export function FleetFilters({
  filter,
  tenants,
  versions,
  onPick,
  onText,
  onExport,
}: FilterSelectsProps & { onText: (text: string) => void; onExport: () => void }) {
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        size="small"
        label="Search connectors"
        value={filter.text}
        onChange={(event) => onText(event.target.value)}
      />
      <FilterSelects filter={filter} tenants={tenants} versions={versions} onPick={onPick} />
      <Button startIcon={<DownloadIcon />} onClick={onExport}>
        Export CSV
      </Button>
    </Stack>
  );
}
