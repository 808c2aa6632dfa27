import { useEffect, useState } from 'react';

/** What a save did, with Graph's ids for it: what the edit page hands the detail page. */
export type SavedOutcome = {
  /** Null when no PATCH went out: the re-read showed Graph already held the change. */
  status: number | null;
  fields: string[];
  requestId: string | null;
  clientRequestId: string | null;
  date: string | null;
};

// One slot, in memory: a reload starts without it, and a newer save replaces one not yet shown.
let pending: { tenantId: string | undefined; id: string; outcome: SavedOutcome } | null = null;

const peek = (tenantId: string | undefined, id: string) =>
  pending && pending.tenantId === tenantId && pending.id === id ? pending.outcome : null;

/** Hands the outcome of a save to the next visit of that connector's detail page. */
export function handOver(tenantId: string | undefined, id: string, outcome: SavedOutcome) {
  pending = { tenantId, id, outcome };
}

/** The outcome handed over for this connector, taken once: Back or a later visit does not show it. */
export function takeSavedOutcome(tenantId: string | undefined, id: string) {
  const outcome = peek(tenantId, id);
  if (outcome) pending = null;
  return outcome;
}

/** The outcome handed over to this visit of the page, and a way to dismiss it. */
export function useSavedOutcome(tenantId: string | undefined, id: string) {
  // Taken only once the page is on screen: a render React throws away (a suspended child) keeps it.
  const [saved, setSaved] = useState(() => peek(tenantId, id));
  useEffect(() => void takeSavedOutcome(tenantId, id), [tenantId, id]);
  return { saved, dismiss: () => setSaved(null) };
}
