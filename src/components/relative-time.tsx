import { DeferredTooltip } from '@/components/deferred-tooltip';
import { formatExact, formatRelative } from '@/lib/date-time';

/** "5 minutes ago", with the exact moment on hover and focus. */
export function RelativeTime({ value }: { value: string }) {
  const exact = formatExact(value);
  return (
    <DeferredTooltip title={exact} describeChild>
      <time dateTime={value}>{formatRelative(value)}</time>
    </DeferredTooltip>
  );
}
