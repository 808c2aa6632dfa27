import { FAULT_KINDS, type ArmedFault } from '../model/faults';

import { FAULT_TARGETS } from './fault-targets';

export function targetLabel({
  method,
  path,
  scope = 'direct',
  position,
}: Pick<ArmedFault, 'method' | 'path' | 'scope' | 'position'>): string {
  const target = Object.values(FAULT_TARGETS).find(
    (candidate) =>
      candidate.method === method && candidate.path === path && candidate.scope === scope,
  );
  const label = target ? target.label : `${scope === 'batch' ? '$batch: ' : ''}${method} ${path}`;
  return position ? `${label}, inner request ${position}` : label;
}

export function faultSummary(fault: ArmedFault): string {
  const parts: string[] = [FAULT_KINDS[fault.kind].label];
  if (fault.retryAfter) {
    parts.push(
      `Retry-After ${fault.retryAfter.seconds} s${fault.retryAfter.format === 'http-date' ? ' as an HTTP date' : ''}`,
    );
  }
  if (fault.kind === 'accept-ignore') parts.push(`keeps ${fault.target ?? 'every property'}`);
  if (fault.latencyMs) parts.push(`${fault.latencyMs} ms late`);
  return parts.join(', ');
}
