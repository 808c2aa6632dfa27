import { HealthChip } from '../health/health-chip';
import { reasonsOf } from '../health/health-reasons';
import type { ConnectorHealth } from '../health/use-connector-health';

import './health-cell.css';

/**
 * The verdict and its reasons on one line, so the table fits a laptop's width. The reasons are one
 * list: cut with an ellipsis in the row, shown whole on hover and on keyboard focus (as the fleet's
 * Reasons cell does); a screen reader reads every item either way.
 */
export function HealthCell({ verdict }: { verdict: ConnectorHealth }) {
  const reasons = reasonsOf(verdict);
  return (
    <div className="health-cell">
      <HealthChip level={verdict.level} />
      {reasons.length > 0 && (
        // Focusable, with no action of its own: focus is how a keyboard user opens the whole list.
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        <div className="health-cell__box" tabIndex={0}>
          <ul className="health-cell__reasons" aria-label="Reasons">
            {reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
