// What the browser itself reports for each keystroke, for npm run bench:fleet: Event Timing
// (https://w3c.github.io/event-timing/), the API behind INP. An interaction's time runs from the moment the
// browser received the key to the next frame presented after its handlers; a key's keydown, keypress and
// keyup share one interaction, and INP takes the longest of its events. Durations are rounded to 8 ms, and
// those under 16 ms are not reported at all.
/* global window -- watchKeyInteractions runs in the browser */

/** Starts recording the page's key interactions; `takeKeyInteractions` returns them. */
export function watchKeyInteractions(page) {
  return page.evaluate(() => {
    const entries = [];
    const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'event', durationThreshold: 16 });
    window.benchKeyInteractions = () => {
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return entries
        .filter((entry) => entry.interactionId && entry.name.startsWith('key'))
        .map(({ interactionId, duration }) => ({ interactionId, duration }));
    };
  });
}

/** Each recorded key interaction's time, as INP counts it, in the order the keys were pressed. */
export async function takeKeyInteractions(page) {
  return longestPerInteraction(await page.evaluate(() => window.benchKeyInteractions()));
}

/** An interaction lasts as long as its longest event. */
export function longestPerInteraction(entries) {
  const longest = new Map();
  for (const { interactionId, duration } of entries) {
    longest.set(interactionId, Math.max(longest.get(interactionId) ?? 0, duration));
  }
  return [...longest.keys()].sort((a, b) => a - b).map((id) => longest.get(id));
}
