import DownloadIcon from '@mui/icons-material/Download';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';

import type { TenantInfo } from '@/config/tenants';
import { HEALTH_LABELS } from '@/features/connectors/health/assess-health';

import type { FleetFilter } from './fleet-rows';

const ANY = '';

/** Text, verdict, tenant and version filters, and the CSV export of what they leave. */
export function FleetFilters({
  filter,
  tenants,
  versions,
  onChange,
  onExport,
}: {
  filter: FleetFilter;
  tenants: TenantInfo[];
  versions: string[];
  onChange: (filter: FleetFilter) => void;
  onExport: () => void;
}) {
  const select = (
    label: string,
    value: string | null,
    options: [string, string][],
    key: keyof FleetFilter,
  ) => (
    <TextField
      select
      size="small"
      label={label}
      value={value ?? ANY}
      onChange={(event) => onChange({ ...filter, [key]: event.target.value || null })}
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
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
      <TextField
        size="small"
        label="Search connectors"
        value={filter.text}
        onChange={(event) => onChange({ ...filter, text: event.target.value })}
      />
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
      <Button startIcon={<DownloadIcon />} onClick={onExport}>
        Export CSV
      </Button>
    </Stack>
  );
}
