import { FAULT_KINDS, type ArmedFault } from '@/lib/demo/faults';

import { FAULT_TARGETS } from './fault-targets';

export function targetLabel({ method, path }: Pick<ArmedFault, 'method' | 'path'>): string {
  const target = Object.values(FAULT_TARGETS).find(
    (candidate) => candidate.method === method && candidate.path === path,
  );
  return target ? target.label : `${method} ${path}`;
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
