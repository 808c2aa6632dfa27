import * as z from '@/config/zod';

/** What the edit route hands the detail route after a save: the outcome and Graph's ids for it. */
const savedStateSchema = z.object({
  saved: z.object({
    /** Null when no PATCH went out: the re-read showed Graph already held the change. */
    status: z.nullable(z.number()),
    fields: z.array(z.string()),
    requestId: z.nullable(z.string()),
    clientRequestId: z.nullable(z.string()),
    date: z.nullable(z.string()),
  }),
});
export type SavedState = z.infer<typeof savedStateSchema>;

export function readSavedState(state: unknown): SavedState['saved'] | null {
  const parsed = savedStateSchema.safeParse(state);
  return parsed.success ? parsed.data.saved : null;
}
