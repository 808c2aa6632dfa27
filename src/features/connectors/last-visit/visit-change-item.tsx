import { RelativeTime } from '@/components/relative-time';
import { Chip } from '@/components/ui/chip';
import { Typography } from '@/components/ui/typography';
import type { ChangeAuthor } from '@/lib/change-authors';

import { describeChange } from './describe-change';
import type { VisitChange } from './snapshot-diff';

type VisitChangeItemProps = { change: VisitChange; author: ChangeAuthor | undefined };

/** One change in words, marked "by you" when this browser made it, or with who did it when known. */
export function VisitChangeItem({ change, author }: VisitChangeItemProps) {
  return (
    <li>
      {describeChange(change)}{' '}
      {change.byYou && <Chip label="by you" variant="outlined" style={{ height: 20 }} />}
      {author && (
        <Typography component="span" variant="body2" color="secondary">
          {/* bdi: a name in a right-to-left script cannot reorder the words around it. */}
          by <bdi>{author.name}</bdi>
          {author.at && (
            <>
              , <RelativeTime value={author.at} />
            </>
          )}
        </Typography>
      )}
    </li>
  );
}
