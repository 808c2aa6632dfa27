import { parseRetryAfter } from '../retry';

/**
 * An inner `$batch` response's Retry-After. Graph writes it in seconds, sometimes with a fraction
 * (`0.249`), which the HTTP grammar does not allow; so decimals are read here, and the rest as usual.
 * https://learn.microsoft.com/graph/json-batching#handling-throttling-in-batches
 */
export function parseBatchRetryAfter(value: string | null, now = Date.now()): number | null {
  const trimmed = value?.trim() ?? '';
  if (/^\d+\.\d+$/.test(trimmed)) return Math.ceil(Number(trimmed) * 1000);
  return parseRetryAfter(value, now);
}
