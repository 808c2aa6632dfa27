import { Typography } from '@/components/ui/typography';

import type { ConnectorHealth } from './use-connector-health';

/** Every reason of the verdict, the reinstall-leftover flag last. */
export const reasonsOf = (health: ConnectorHealth) => [
  ...health.reasons,
  ...(health.leftover ? [health.leftover] : []),
];

/** The verdict's reasons in words; nothing for a healthy connector with no leftover flag. */
export function HealthReasons({
  health,
  variant = 'caption',
}: {
  health: ConnectorHealth;
  variant?: 'caption' | 'body2';
}) {
  const reasons = reasonsOf(health);
  if (reasons.length === 0) return null;
  return (
    <ul style={{ margin: '4px 0 0', paddingLeft: 16 }}>
      {reasons.map((reason) => (
        <Typography key={reason} component="li" variant={variant}>
          {reason}
        </Typography>
      ))}
    </ul>
  );
}
