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

export type IdleControls = {
  /** The user chose to stay signed in: the wait starts again in every tab. */
  stay: () => void;
  stop: () => void;
};

/**
 * Calls `onWarning(true)` a minute before `timeoutMs` without input in any of the app's tabs, and
 * `onTimeout` at the end. Once the warning shows, only `stay()` (or activity in another tab) ends it,
 * so the click that reaches its button is not swallowed by the input that closes it.
 */
export function watchIdle({ timeoutMs, onWarning, onTimeout }: IdleWatch): IdleControls {
  let lastActivity = Date.now();
  let lastPosted = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let warning = false;

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
    warning = now >= warnAt;
    onWarning(warning);
    timer = setTimeout(schedule, (now >= warnAt ? endAt : warnAt) - now);
  };

  const noteActivity = (at: number) => {
    if (at <= lastActivity) return;
    lastActivity = at;
    schedule();
  };
  const noteOwnActivity = () => {
    const now = Date.now();
    noteActivity(now);
    if (now - lastPosted >= ACTIVITY_POST_INTERVAL_MS) {
      lastPosted = now;
      postSessionMessage({ type: 'activity', at: now });
    }
  };
  const onInput = () => {
    if (!warning) noteOwnActivity();
  };

  for (const type of INPUT_EVENTS)
    window.addEventListener(type, onInput, { capture: true, passive: true });
  const stopListening = onSessionMessage((message) => {
    if (message.type === 'activity') noteActivity(message.at);
  });
  schedule();

  return {
    stay: () => {
      lastPosted = 0;
      noteOwnActivity();
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      stopListening();
      for (const type of INPUT_EVENTS) window.removeEventListener(type, onInput, { capture: true });
    },
  };
}
