// Lighthouse's BenchmarkIndex of the machine a benchmark ran on, so that figures taken under a CPU
// slowdown can be compared between machines: the slowdown is relative to the host, and Lighthouse's 4x is
// meant for a host of 1500-2000, a high-end desktop
// (https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md#cpu-throttling). The same two
// half-second loops as its computeBenchmarkIndex (core/lib/page-functions.js): strings built over and
// over, which leans on the garbage collector, and an array copied back and forth, which does not.

function computeBenchmarkIndex() {
  const perSecond = (iterations, start) =>
    Math.round(iterations / 10 / ((Date.now() - start) / 1000));
  let start = Date.now();
  let iterations = 0;
  while (Date.now() - start < 500) {
    let text = '';
    for (let index = 0; index < 10_000; index += 1) text += 'a';
    if (text.length === 1) throw new Error('Never: keeps the loop from being optimised away.');
    iterations += 1;
  }
  const withGc = perSecond(iterations, start);

  const first = Array.from({ length: 100_000 }, (_, index) => index);
  const second = [...first];
  start = Date.now();
  iterations = 0;
  // The clock is read every tenth copy only, as Lighthouse does.
  while (iterations % 10 !== 0 || Date.now() - start < 500) {
    const [from, to] = iterations % 2 === 0 ? [first, second] : [second, first];
    for (let index = 0; index < from.length; index += 1) to[index] = from[index];
    iterations += 1;
  }
  return (withGc + perSecond(iterations, start)) / 2;
}

/** The median of three BenchmarkIndex runs in `page`, at whatever CPU slowdown it has now. */
export async function benchmarkIndex(page) {
  const runs = [];
  for (let run = 0; run < 3; run += 1) runs.push(await page.evaluate(computeBenchmarkIndex));
  return Math.round(runs.sort((a, b) => a - b)[1]);
}
