import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

import { RelativeTime } from '@/components/relative-time';
import { ScopeTagChips } from '@/features/scope-tags/components/scope-tag-chips';
import { formatExact } from '@/lib/date-time';
import { useScopedPaths } from '@/lib/tenant-scope';

import type { Connector, FieldEntry } from '../model/connector';
import { connectorLabel } from '../model/connector-label';
import { isUnsetDateTime } from '../model/graph-values';

import { ConnectorStateChip } from './connector-state-chip';

/** 'list': a table cell or a card (short, the name links to the detail); 'detail': in full. */
export type ValuePlace = 'list' | 'card' | 'detail';

type FieldValueProps = {
  field: FieldEntry;
  connector: Connector;
  place: ValuePlace;
  blank?: string;
};

/** Shown at one line's width in the list, with the full value on hover; the detail page shows it whole. */
function Truncated({ text, maxWidth }: { text: string; maxWidth: number }) {
  return (
    <Box component="span" title={text} sx={ellipsis(maxWidth)}>
      <bdi>{text}</bdi>
    </Box>
  );
}

function DateValue({ value }: { value: string }) {
  return (
    <>
      {isUnsetDateTime(value) ? (
        NEVER
      ) : (
        <>
          {formatExact(value)} (<RelativeTime value={value} />)
        </>
      )}
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

// Inline, so a card's " · "-joined line stays one line; capped in pixels, so a table cell does not grow.
const ellipsis = (maxWidth: number) => ({
  display: 'inline-block',
  verticalAlign: 'bottom',
  maxWidth: `min(100%, ${maxWidth}px)`,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
});
// A card's title has the card's width to itself: it wraps, and stops at two lines.
const clamped = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
} as const;
const NEVER = 'Never';

/** A property's value as a React cell, chosen by the model's kind. */
export function FieldValue({ field, connector, place, blank = '—' }: FieldValueProps) {
  const paths = useScopedPaths();
  const value = connector[field.key];
  switch (field.kind) {
    case 'name':
      return place === 'detail' ? (
        <bdi>{connectorLabel(connector)}</bdi>
      ) : (
        <Link
          component={RouterLink}
          to={paths.connector(connector.id)}
          title={connectorLabel(connector)}
          sx={{
            ...(place === 'card' ? clamped : ellipsis(260)),
            fontStyle: connector.displayName ? undefined : 'italic',
          }}
        >
          <bdi>{connectorLabel(connector)}</bdi>
        </Link>
      );
    case 'state':
      return <ConnectorStateChip state={value as string} />;
    case 'scope-tags':
      return <ScopeTagChips ids={value as string[]} />;
    case 'date-time':
      if (place === 'detail') return <DateValue value={value as string} />;
      return isUnsetDateTime(value as string) ? NEVER : <RelativeTime value={value as string} />;
    case 'id':
      return <code>{String(value)}</code>;
    case 'text':
      if (!value) return blank;
      return place === 'detail' ? (
        <bdi>{value as string}</bdi>
      ) : (
        <Truncated text={value as string} maxWidth={240} />
      );
  }
}
