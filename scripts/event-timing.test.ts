import { describe, expect, it } from 'vitest';

import { longestPerInteraction } from './event-timing.mjs';

describe('longestPerInteraction', () => {
  it('times each key by the longest of its events, in the order the keys were pressed', () => {
    const entries = [
      { interactionId: 7, duration: 40 },
      { interactionId: 7, duration: 96 },
      { interactionId: 3, duration: 24 },
      { interactionId: 7, duration: 48 },
      { interactionId: 3, duration: 32 },
    ];
    expect(longestPerInteraction(entries)).toEqual([32, 96]);
  });
});
