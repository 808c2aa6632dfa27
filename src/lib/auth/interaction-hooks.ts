import { createStore } from '@/lib/state/create-store';

type BeforeInteraction = () => void;
const hooks = createStore<ReadonlySet<BeforeInteraction>>(new Set());

/**
 * Runs just before the app leaves for an interactive sign-in (a full-page redirect), so a screen can
 * put what the user typed somewhere that survives the round trip.
 */
export function onBeforeInteraction(hook: BeforeInteraction): () => void {
  hooks.set((current) => new Set([...current, hook]));
  return () => hooks.set((current) => new Set([...current].filter((other) => other !== hook)));
}

export function runBeforeInteraction() {
  hooks.get().forEach((hook) => hook());
}

/**
 * True while the app itself is leaving for Entra ID (sign-in or sign-out). The leave-page guard stands
 * aside then: the before-interaction hooks have kept the draft, or the user already chose to sign out.
 */
export const leavingForEntra = createStore(false);

const heldBy = createStore(0);

/**
 * While a bulk run or a delete is in flight, a token that needs the user asks through the shell's
 * prompt instead of redirecting: the page, and the run's answers, stay. Returns the release.
 */
export function holdRedirects(): () => void {
  heldBy.set((count) => count + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    heldBy.set((count) => count - 1);
  };
}

export const redirectsHeld = () => heldBy.get() > 0;
