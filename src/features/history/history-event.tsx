import { CopyButton } from '@/components/copy-button';
import { RelativeTime } from '@/components/relative-time';
import { Chip } from '@/components/ui/chip';
import { Stack } from '@/components/ui/stack';
import { Typography } from '@/components/ui/typography';
import { VisibleText } from '@/components/visible-text';

import { actorName, resourcesOf, type AuditEvent } from './audit-event';
import { PropertyChanges } from './property-changes';

type HistoryEventProps = { connectorId: string; event: AuditEvent; own: boolean };

/** One audit event: when, who, what and its result, each property old → new, the correlation id. */
export function HistoryEvent({ connectorId, event, own }: HistoryEventProps) {
  const result = event.activityResult ?? '';
  const succeeded = /^success$/i.test(result);
  const properties = resourcesOf(event, connectorId).flatMap(
    (resource) => resource.modifiedProperties ?? [],
  );
  return (
    <li style={{ borderTop: '1px solid var(--mui-palette-divider)', padding: '12px 0' }}>
      <Stack spacing={1}>
        <Stack direction="row" spacing={1} align="center" wrap>
          <Typography variant="subtitle1" component="h3">
            <VisibleText text={event.activity ?? event.displayName ?? 'Change'} />
          </Typography>
          <Chip
            label={result || 'Unknown result'}
            color={succeeded ? 'success' : 'warning'}
            variant="outlined"
          />
          {own && <Chip label="by you in this browser" color="primary" />}
        </Stack>
        <Typography variant="body2" color="secondary">
          {event.activityDateTime && <RelativeTime value={event.activityDateTime} />} by{' '}
          <VisibleText text={actorName(event)} />
        </Typography>
        {properties.length > 0 && <PropertyChanges properties={properties} />}
        {event.correlationId && (
          <Stack direction="row" spacing={0.5} align="center">
            <Typography variant="caption" color="secondary">
              Correlation id <code>{event.correlationId}</code>
            </Typography>
            <CopyButton value={event.correlationId} label="Copy correlation id" />
          </Stack>
        )}
      </Stack>
    </li>
  );
}
