import { useId } from 'react';

import { RelativeTime } from '@/components/relative-time';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Typography } from '@/components/ui/typography';
import type { ReadChangeAuthors } from '@/lib/change-authors';

import type { ConnectorList } from '../model/read-connector';

import { changeKey, useChangeAuthors } from './use-change-authors';
import { useSinceLastVisit } from './use-since-last-visit';
import { VisitChangeItem } from './visit-change-item';

const PROBLEMS = {
  full: "This browser's storage is full",
  refused: 'This browser refused to store it',
};

type SinceLastVisitProps = {
  list: Pick<ConnectorList, 'connectors' | 'complete'>;
  /** Who made the changes (History's audit read, from the route); without it, no names. */
  readAuthors?: ReadChangeAuthors;
};

/** "Since your last visit": what differs from the list as last shown here, until marked as seen. */
export function SinceLastVisit({ list, readAuthors }: SinceLastVisitProps) {
  const { since, changes, problem, markSeen } = useSinceLastVisit(list);
  const authors = useChangeAuthors(readAuthors, since, changes);
  const titleId = useId();
  const notice = problem && (
    <Typography variant="body2" color="secondary" role="status" style={{ marginBottom: 16 }}>
      {PROBLEMS[problem]}: the list is not kept for your next visit, and nothing else is affected.
    </Typography>
  );
  if (!since || changes.length === 0) return notice;
  return (
    <>
      {notice}
      <Alert
        severity="info"
        component="section"
        role="region"
        aria-labelledby={titleId}
        style={{ marginBottom: 16 }}
        action={<Button onClick={markSeen}>Mark as seen</Button>}
      >
        <Typography variant="subtitle1" component="h2" id={titleId} style={{ margin: 0 }}>
          Since your last visit (<RelativeTime value={since} />)
        </Typography>
        <ul style={{ margin: '4px 0', paddingLeft: 20 }}>
          {changes.map((change) => (
            <VisitChangeItem
              key={changeKey(change)}
              change={change}
              author={authors?.authors.get(changeKey(change))}
            />
          ))}
        </ul>
        {authors?.note && (
          <Typography variant="body2" role="status" style={{ margin: '0 0 4px' }}>
            {authors.note}
          </Typography>
        )}
        This list stays until you mark it as seen.
      </Alert>
    </>
  );
}
