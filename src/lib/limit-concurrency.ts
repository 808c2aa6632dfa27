/**
 * Runs at most `limit` tasks at a time, in the order they were queued; the others wait. A task's
 * failure is its own: it rejects that task's promise and the queue goes on.
 */
export function createLimiter(limit: number) {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('The limit is a whole number ≥ 1.');
  let running = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return function run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        running += 1;
        task().then(resolve, reject).finally(next);
      };
      if (running < limit) start();
      else waiting.push(start);
    });
  };
}
