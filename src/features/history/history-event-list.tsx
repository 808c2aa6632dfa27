import type { AuditEvent } from './audit-event';
import { HistoryEvent } from './history-event';
import { isOwnChange } from './own-changes';

type HistoryEventListProps = {
  connectorId: string;
  events: readonly AuditEvent[];
  ownIds: ReadonlySet<string>;
};

export function HistoryEventList({ connectorId, events, ownIds }: HistoryEventListProps) {
  return (
    <ol aria-label="Changes, newest first" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {events.map((event) => (
        <HistoryEvent
          key={event.id}
          connectorId={connectorId}
          event={event}
          own={isOwnChange(event, ownIds)}
        />
      ))}
    </ol>
  );
}
