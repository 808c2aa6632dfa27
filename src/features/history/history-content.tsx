import type { UseQueryResult } from '@tanstack/react-query';

import { GraphErrorAlert } from '@/components/graph-error-alert';
import { Alert } from '@/components/ui/alert';
import { Skeleton } from '@/components/ui/skeleton';
import { Typography } from '@/components/ui/typography';
import { changeLog } from '@/features/change-log/change-log';
import { isAuditAccessRequired } from '@/lib/auth/audit-access';

import { AuditAccessStep } from './audit-access-step';
import { HistoryEventList } from './history-event-list';
import { ownRequestIds } from './own-changes';
import { MAX_AUDIT_PAGES, type ConnectorHistory } from './read-history';

type HistoryContentProps = {
  connectorId: string;
  query: UseQueryResult<ConnectorHistory>;
  days: number;
};

export function HistoryContent({ connectorId, query, days }: HistoryContentProps) {
  const entries = changeLog.use();
  if (query.isPending) {
    return (
      <div role="status" aria-label="Reading the audit log">
        <Skeleton variant="rectangular" height={96} />
      </div>
    );
  }
  if (query.isError) {
    if (isAuditAccessRequired(query.error)) {
      return <AuditAccessStep error={query.error} onAllowed={() => void query.refetch()} />;
    }
    return (
      <GraphErrorAlert
        error={query.error}
        heading="History could not be read"
        onRetry={() => void query.refetch()}
      />
    );
  }
  const { events, complete } = query.data;
  return (
    <>
      {!complete && (
        <Alert severity="info" role="status">
          Only the newest {MAX_AUDIT_PAGES} pages of the tenant&apos;s audit log were read: older
          changes in the last {days} days may be missing. Choose a shorter window to see all of
          them.
        </Alert>
      )}
      {events.length === 0 ? (
        <Typography variant="body2" color="secondary">
          No changes to this connector in the last {days} days.
        </Typography>
      ) : (
        <HistoryEventList
          connectorId={connectorId}
          events={events}
          ownIds={ownRequestIds(entries)}
        />
      )}
    </>
  );
}
