import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

import { RelativeTime } from '@/components/relative-time';
import { ScopeTagChips } from '@/features/scope-tags/components/scope-tag-chips';
import { formatExact } from '@/lib/date-time';

import { connectorLabel } from '../connector-label';
import type { Connector } from '../types';

import { ConnectorStateChip } from './connector-state-chip';

function DateValue({ value }: { value: string }) {
  return (
    <>
      {formatExact(value)} (<RelativeTime value={value} />)
      <Typography
        component="span"
        variant="body2"
        sx={{ display: 'block', color: 'text.secondary', fontFamily: 'monospace' }}
      >
        {value}
      </Typography>
    </>
  );
}

/** Every property Graph returns for the connector, labelled as Intune names them. */
export function ConnectorDetails({ connector }: { connector: Connector }) {
  const rows: [string, ReactNode][] = [
    ['Display name', connectorLabel(connector)],
    ['Machine name', connector.machineName ?? '—'],
    ['State', <ConnectorStateChip key="state" state={connector.state} />],
    ['Connector version', connector.connectorVersion ?? '—'],
    ['Last connection', <DateValue key="last" value={connector.lastConnectionDateTime} />],
    ['Enrolled', <DateValue key="enrolled" value={connector.enrolledDateTime} />],
    ['Scope tags', <ScopeTagChips key="tags" ids={connector.roleScopeTagIds} />],
    ['Id', <code key="id">{connector.id}</code>],
  ];
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', sm: '200px 1fr' },
        rowGap: 1.5,
        columnGap: 2,
        m: 0,
      }}
    >
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography component="dt" sx={{ fontWeight: 600 }}>
            {label}
          </Typography>
          <Typography component="dd" sx={{ m: 0, overflowWrap: 'anywhere' }}>
            {value}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
