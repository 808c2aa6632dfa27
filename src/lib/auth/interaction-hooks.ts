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
