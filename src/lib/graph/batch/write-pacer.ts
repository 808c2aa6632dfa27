import { sleep as realSleep } from '../retry';

export type Clock = {
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
};

export const realClock: Clock = { now: () => Date.now(), sleep: realSleep };

export type WriteRate = { writes: number; perMs: number };

// Intune allows about 100 writes per 20 seconds per app and tenant; 90 leaves room for the single
// saves and other tabs of the same app. https://learn.microsoft.com/graph/throttling-limits#intune-service-limits
export const INTUNE_WRITE_RATE: WriteRate = { writes: 90, perMs: 20_000 };

/** A sliding window: `take(n)` resolves once n more writes keep every window of `perMs` within `writes`. */
export function createWritePacer(rate: WriteRate = INTUNE_WRITE_RATE, clock: Clock = realClock) {
  const sent: number[] = [];
  return {
    /** How long `take(n)` would wait now. */
    delayFor(count: number): number {
      const now = clock.now();
      while (sent.length > 0 && (sent[0] ?? 0) <= now - rate.perMs) sent.shift();
      const over = sent.length + count - rate.writes;
      if (over <= 0) return 0;
      const freedAt = (sent[over - 1] ?? now) + rate.perMs;
      return Math.max(0, freedAt - now);
    },
    async take(count: number, signal?: AbortSignal): Promise<void> {
      if (count > rate.writes)
        throw new RangeError(`At most ${rate.writes} writes fit in one window.`);
      for (let delay = this.delayFor(count); delay > 0; delay = this.delayFor(count)) {
        await clock.sleep(delay, signal);
      }
      const now = clock.now();
      for (let index = 0; index < count; index += 1) sent.push(now);
    },
  };
}
export type WritePacer = ReturnType<typeof createWritePacer>;

const tenantPacers = new Map<string, WritePacer>();

/**
 * The pacer of one tenant's writes, shared by every bulk run in this tab: Intune counts writes per app
 * and tenant, so a second run right after a first must wait for the same window.
 */
export function tenantWritePacer(tenantId: string): WritePacer {
  const key = tenantId.toLowerCase();
  let pacer = tenantPacers.get(key);
  if (!pacer) tenantPacers.set(key, (pacer = createWritePacer()));
  return pacer;
}
