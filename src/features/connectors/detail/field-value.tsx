import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { RelativeTime } from '@/components/relative-time';
import { paths } from '@/config/paths';
import { ScopeTagChips } from '@/features/scope-tags/components/scope-tag-chips';
import { formatExact } from '@/lib/date-time';

import type { Connector, FieldEntry } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import type { ConnectorState } from '../model/graph-values';

import { ConnectorStateChip } from './connector-state-chip';

/** 'list': a table cell or a card (short, the name links to the detail); 'detail': in full. */
export type ValuePlace = 'list' | 'detail';

type FieldValueProps = {
  field: FieldEntry;
  connector: Connector;
  place: ValuePlace;
  blank?: string;
};

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

/** A property's value as a React cell, chosen by the model's kind. */
export function FieldValue({ field, connector, place, blank = '—' }: FieldValueProps) {
  const value = connector[field.key];
  switch (field.kind) {
    case 'name':
      return place === 'detail' ? (
        connectorLabel(connector)
      ) : (
        <Link
          component={RouterLink}
          to={paths.connector.href(connector.id)}
          sx={connector.displayName ? undefined : { fontStyle: 'italic' }}
        >
          {connectorLabel(connector)}
        </Link>
      );
    case 'state':
      return <ConnectorStateChip state={value as ConnectorState} />;
    case 'scope-tags':
      return <ScopeTagChips ids={value as string[]} />;
    case 'date-time':
      return place === 'detail' ? (
        <DateValue value={value as string} />
      ) : (
        <RelativeTime value={value as string} />
      );
    case 'id':
      return <code>{String(value)}</code>;
    case 'text':
      return (value as string | null) ?? blank;
  }
}
