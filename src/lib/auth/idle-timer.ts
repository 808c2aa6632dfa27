import { onSessionMessage, postSessionMessage } from './session-channel';

export const IDLE_WARNING_MS = 60_000;
// Other tabs only need to hear about activity now and then; the timeout is minutes long.
const ACTIVITY_POST_INTERVAL_MS = 15_000;
const INPUT_EVENTS = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

type IdleWatch = {
  timeoutMs: number;
  onWarning: (warning: boolean) => void;
  onTimeout: () => void;
};

/**
 * Calls `onWarning(true)` a minute before `timeoutMs` without input in any of the app's tabs, and
 * `onTimeout` at the end. Returns a function that stops watching.
 */
export function watchIdle({ timeoutMs, onWarning, onTimeout }: IdleWatch): () => void {
  let lastActivity = Date.now();
  let lastPosted = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const schedule = () => {
    clearTimeout(timer);
    if (stopped) return;
    const now = Date.now();
    const endAt = lastActivity + timeoutMs;
    const warnAt = endAt - Math.min(IDLE_WARNING_MS, timeoutMs);
    if (now >= endAt) {
      stopped = true;
      onTimeout();
      return;
    }
    onWarning(now >= warnAt);
    timer = setTimeout(schedule, (now >= warnAt ? endAt : warnAt) - now);
  };

  const noteActivity = (at: number) => {
    if (at <= lastActivity) return;
    lastActivity = at;
    schedule();
  };
  const onInput = () => {
    const now = Date.now();
    noteActivity(now);
    if (now - lastPosted >= ACTIVITY_POST_INTERVAL_MS) {
      lastPosted = now;
      postSessionMessage({ type: 'activity', at: now });
    }
  };

  for (const type of INPUT_EVENTS)
    window.addEventListener(type, onInput, { capture: true, passive: true });
  const stopListening = onSessionMessage((message) => {
    if (message.type === 'activity') noteActivity(message.at);
  });
  schedule();

  return () => {
    stopped = true;
    clearTimeout(timer);
    stopListening();
    for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
  };
}
