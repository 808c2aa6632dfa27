/** An instant as Graph writes a DateTimeOffset: 7 fractional digits (.NET ticks) and a Z. */
export const graphTimestamp = (ms: number) => new Date(ms).toISOString().replace('Z', '0000Z');
