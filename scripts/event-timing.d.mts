export declare function longestPerInteraction(
  entries: { interactionId: number; duration: number }[],
): number[];
