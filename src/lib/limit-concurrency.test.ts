import { createLimiter } from './limit-concurrency';

function deferred() {
  let resolve!: (value: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('createLimiter', () => {
  it('runs at most the limit at once, and starts the next in order as each settles', async () => {
    const run = createLimiter(2);
    const tasks = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    const results = tasks.map((task, index) =>
      run(() => {
        started.push(index);
        return task.promise;
      }),
    );
    await flush();
    expect(started).toEqual([0, 1]);
    tasks[1]?.resolve('b');
    await flush();
    expect(started).toEqual([0, 1, 2]);
    tasks[0]?.resolve('a');
    tasks[2]?.resolve('c');
    tasks[3]?.resolve('d');
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd']);
  });

  it("keeps one task's failure to itself: the others still run and answer", async () => {
    const run = createLimiter(1);
    const failing = run(() => Promise.reject(new Error('403 in Northwind')));
    const after = run(() => Promise.resolve('Fabrikam listed'));
    await expect(failing).rejects.toThrow('403 in Northwind');
    expect(await after).toBe('Fabrikam listed');
  });

  it('refuses a limit below one', () => {
    expect(() => createLimiter(0)).toThrow('≥ 1');
  });
});
