import { useId } from 'react';

import { RelativeTime } from '@/components/relative-time';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Chip } from '@/components/ui/chip';
import { Typography } from '@/components/ui/typography';

import type { ConnectorList } from '../model/read-connector';

import { describeChange } from './describe-change';
import { useSinceLastVisit } from './use-since-last-visit';

const PROBLEMS = {
  full: "This browser's storage is full",
  refused: 'This browser refused to store it',
};

type SinceLastVisitProps = { list: Pick<ConnectorList, 'connectors' | 'complete'> };

/** "Since your last visit": what differs from the list as last shown here, until marked as seen. */
export function SinceLastVisit({ list }: SinceLastVisitProps) {
  const { since, changes, problem, markSeen } = useSinceLastVisit(list);
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
            <li key={`${change.id}:${change.kind}`}>
              {describeChange(change)}{' '}
              {change.byYou && <Chip label="by you" variant="outlined" style={{ height: 20 }} />}
            </li>
          ))}
        </ul>
        This list stays until you mark it as seen.
      </Alert>
    </>
  );
}
