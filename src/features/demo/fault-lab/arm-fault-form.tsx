import Button from '@mui/material/Button';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState, type FormEvent } from 'react';

import { editableFieldList } from '@/features/connectors/public';
import { useAuth } from '@/lib/auth/auth-context';
import { notify } from '@/lib/state/notifications';

import { FAULT_KINDS, type FaultControls, type FaultKind } from '../model/faults';

import { FAULT_TARGETS, type FaultTarget } from './fault-targets';

type RetryAfterFormat = 'none' | 'seconds' | 'http-date';

const KINDS = Object.entries(FAULT_KINDS) as [FaultKind, (typeof FAULT_KINDS)[FaultKind]][];
const STATUS_KINDS = KINDS.filter(([, kind]) => kind.status !== null);
const OTHER_KINDS = KINDS.filter(([, kind]) => kind.status === null);

const clamp = (value: string, min: number, max: number, round = Math.trunc) =>
  Math.min(max, Math.max(min, round(Number(value) || 0)));
// Inside a batch Graph sends Retry-After with decimals (0.249); keep milliseconds.
const toMilliseconds = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** Picks where a fault strikes, what it is, how often, and arms it. */
export function ArmFaultForm({ faults }: { faults: FaultControls }) {
  const [target, setTarget] = useState<FaultTarget>('list');
  const [kind, setKind] = useState<FaultKind>('http-503');
  const [count, setCount] = useState('1');
  const [retryAfter, setRetryAfter] = useState<RetryAfterFormat>('none');
  const [retryAfterSeconds, setRetryAfterSeconds] = useState('2');
  const [latencyMs, setLatencyMs] = useState('0');
  const [ignored, setIgnored] = useState('');
  const [position, setPosition] = useState('');
  const { tenants } = useAuth();
  // '' strikes every tenant's requests.
  const [tenantId, setTenantId] = useState('');
  const isStatus = FAULT_KINDS[kind].status !== null;
  const inBatch = FAULT_TARGETS[target].scope === 'batch';

  const arm = (event: FormEvent) => {
    event.preventDefault();
    const { method, path, label, scope } = FAULT_TARGETS[target];
    faults.arm({
      method,
      path,
      scope,
      position: inBatch && position.trim() !== '' ? clamp(position, 1, 20) : undefined,
      kind,
      count: clamp(count, 1, 100),
      latencyMs: clamp(latencyMs, 0, 60_000) || undefined,
      retryAfter:
        isStatus && retryAfter !== 'none'
          ? {
              seconds: clamp(retryAfterSeconds, 0, 3600, toMilliseconds),
              format: retryAfter,
            }
          : undefined,
      target: kind === 'accept-ignore' && ignored ? ignored : undefined,
      tenantId: tenantId || undefined,
    });
    const tenant = tenants.find((candidate) => candidate.tenantId === tenantId);
    notify(
      'info',
      `Armed: ${FAULT_KINDS[kind].label} on ${label}${tenant ? ` in ${tenant.name}` : ''}`,
    );
  };

  return (
    <Stack component="form" spacing={2} aria-label="Arm a fault" onSubmit={arm}>
      <TextField
        select
        label="Target"
        value={target}
        onChange={(event) => setTarget(event.target.value as FaultTarget)}
      >
        {(Object.keys(FAULT_TARGETS) as FaultTarget[]).map((key) => (
          <MenuItem key={key} value={key}>
            {FAULT_TARGETS[key].label}
            {FAULT_TARGETS[key].hint ? ` (${FAULT_TARGETS[key].hint})` : ''}
          </MenuItem>
        ))}
      </TextField>
      {tenants.length > 1 && (
        <TextField
          select
          label="Tenant"
          value={tenantId}
          onChange={(event) => setTenantId(event.target.value)}
        >
          <MenuItem value="">Every tenant</MenuItem>
          {tenants.map((tenant) => (
            <MenuItem key={tenant.tenantId} value={tenant.tenantId}>
              {tenant.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        label="Fault"
        value={kind}
        onChange={(event) => setKind(event.target.value as FaultKind)}
      >
        <ListSubheader>Graph error status</ListSubheader>
        {STATUS_KINDS.map(([key, { label }]) => (
          <MenuItem key={key} value={key}>
            {label}
          </MenuItem>
        ))}
        <ListSubheader>Broken answer or connection</ListSubheader>
        {OTHER_KINDS.map(([key, { label }]) => (
          <MenuItem key={key} value={key}>
            {label}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'accept-ignore' && (
        <TextField
          select
          label="Property Intune keeps"
          value={ignored}
          onChange={(event) => setIgnored(event.target.value)}
          helperText="The rest of the change is applied"
        >
          <MenuItem value="">Every property</MenuItem>
          {editableFieldList.map(({ key, label }) => (
            <MenuItem key={key} value={key}>
              {label}
            </MenuItem>
          ))}
        </TextField>
      )}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          label="Requests to fail"
          type="number"
          value={count}
          onChange={(event) => setCount(event.target.value)}
          slotProps={{ htmlInput: { min: 1, max: 100 } }}
          helperText="The next N matching requests"
        />
        <TextField
          label="Latency (ms)"
          type="number"
          value={latencyMs}
          onChange={(event) => setLatencyMs(event.target.value)}
          slotProps={{ htmlInput: { min: 0, max: 60_000, step: 100 } }}
          helperText="Added before the answer"
        />
        {inBatch && (
          <TextField
            label="Place in the batch (optional)"
            type="number"
            value={position}
            onChange={(event) => setPosition(event.target.value)}
            slotProps={{ htmlInput: { min: 1, max: 20 } }}
            helperText="Only the nth inner request; empty: any"
          />
        )}
      </Stack>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <TextField
          select
          label="Retry-After header"
          value={retryAfter}
          disabled={!isStatus}
          onChange={(event) => setRetryAfter(event.target.value as RetryAfterFormat)}
          helperText={isStatus ? 'Sent with the error status' : 'Only for a status fault'}
          sx={{ minWidth: 200 }}
        >
          <MenuItem value="none">None</MenuItem>
          <MenuItem value="seconds">In seconds</MenuItem>
          <MenuItem value="http-date">As an HTTP date</MenuItem>
        </TextField>
        <TextField
          label="Retry-After (seconds)"
          type="number"
          value={retryAfterSeconds}
          disabled={!isStatus || retryAfter === 'none'}
          onChange={(event) => setRetryAfterSeconds(event.target.value)}
          slotProps={{ htmlInput: { min: 0, max: 3600, step: 0.001 } }}
        />
      </Stack>
      <div>
        <Button type="submit" variant="contained">
          Arm fault
        </Button>
      </div>
    </Stack>
  );
}
