type BeforeInteraction = () => void;
const hooks = new Set<BeforeInteraction>();

/**
 * Runs just before the app leaves for an interactive sign-in (a full-page redirect), so a screen can
 * put what the user typed somewhere that survives the round trip.
 */
export function onBeforeInteraction(hook: BeforeInteraction): () => void {
  hooks.add(hook);
  return () => hooks.delete(hook);
}

export function runBeforeInteraction() {
  hooks.forEach((hook) => hook());
}
