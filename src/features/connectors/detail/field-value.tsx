import type { CSSProperties } from 'react';
import { Link } from 'react-router';

import { RelativeTime } from '@/components/relative-time';
import { linkClass } from '@/components/ui/link';
import { Typography } from '@/components/ui/typography';
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
function Truncated({ text, maxWidth }: { text: string; maxWidth: string }) {
  return (
    <span title={text} style={ellipsis(maxWidth)}>
      <bdi>{text}</bdi>
    </span>
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
        color="secondary"
        style={{ display: 'block', fontFamily: 'monospace' }}
      >
        {value}
      </Typography>
    </>
  );
}

// Inline, so a card's " · "-joined line stays one line; capped in pixels, so a table cell does not grow.
// A table sizes its columns before percentages resolve, so the list's cap is plain pixels (LIST_WIDTHS).
const ellipsis = (maxWidth: string): CSSProperties => ({
  display: 'inline-block',
  verticalAlign: 'bottom',
  maxWidth,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
});
// A card's title has the card's width to itself: it wraps, and stops at two lines.
const clamped: CSSProperties = {
  display: '-webkit-box',
  WebkitLineClamp: 2,
  WebkitBoxOrient: 'vertical',
  overflow: 'hidden',
  overflowWrap: 'anywhere',
};
const NEVER = 'Never';
// Narrow enough that every column of the list fits at 1280px (e2e/lifecycle.spec.ts measures it).
const LIST_WIDTHS = { name: '160px', text: '150px' };
const CARD_TEXT_WIDTH = 'min(100%, 240px)';

/** A property's value as a React cell, chosen by the model's kind (which also fixes the value's type). */
export function FieldValue({ field, connector, place, blank = '—' }: FieldValueProps) {
  const paths = useScopedPaths();
  switch (field.kind) {
    case 'name':
      return place === 'detail' ? (
        <bdi>{connectorLabel(connector)}</bdi>
      ) : (
        <Link
          className={linkClass()}
          to={paths.connector(connector.id)}
          title={connectorLabel(connector)}
          style={{
            ...(place === 'card' ? clamped : ellipsis(LIST_WIDTHS.name)),
            fontStyle: connector.displayName ? undefined : 'italic',
          }}
        >
          <bdi>{connectorLabel(connector)}</bdi>
        </Link>
      );
    case 'state':
      return <ConnectorStateChip state={connector[field.key]} />;
    case 'scope-tags':
      return <ScopeTagChips ids={connector[field.key]} />;
    case 'date-time': {
      const value = connector[field.key];
      if (place === 'detail') return <DateValue value={value} />;
      return isUnsetDateTime(value) ? NEVER : <RelativeTime value={value} />;
    }
    case 'id':
      return <code>{connector[field.key]}</code>;
    case 'text': {
      const value = connector[field.key];
      if (!value) return blank;
      if (place === 'detail') return <bdi>{value}</bdi>;
      return (
        <Truncated text={value} maxWidth={place === 'list' ? LIST_WIDTHS.text : CARD_TEXT_WIDTH} />
      );
    }
  }
}
