import { signInFlow, WAITING, type SignInEvent, type SignInStep } from './sign-in-step';

const failure = new Error('popup closed');
const STEPS: [string, SignInStep][] = [
  ['idle', WAITING],
  ['popup', { mode: 'popup' }],
  ['asking', { mode: 'asking' }],
  ['redirecting', { mode: 'redirecting' }],
];
const EVENTS: SignInEvent[] = [
  { type: 'sign-in' },
  { type: 'ask-redirect' },
  { type: 'keep-waiting' },
  { type: 'redirect' },
  { type: 'signed-in' },
  { type: 'sign-in-failed', error: failure },
];

/** From each step, where each event leads; a missing entry means the event changes nothing there. */
const MOVES: Record<string, Partial<Record<SignInEvent['type'], SignInStep | 'signed-in'>>> = {
  idle: { 'sign-in': { mode: 'popup' }, 'ask-redirect': { mode: 'asking' } },
  popup: { 'signed-in': 'signed-in', 'sign-in-failed': { mode: 'idle', error: failure } },
  asking: { 'keep-waiting': WAITING, redirect: { mode: 'redirecting' } },
  redirecting: { 'sign-in-failed': { mode: 'idle', error: failure } },
};

it.each(
  STEPS.flatMap(([label, step]) =>
    EVENTS.map((event) => [label, event.type, step, event] as const),
  ),
)('a paused sign-in, %s: %s', (label, type, step, event) => {
  const expected = MOVES[label]?.[type];
  if (expected === undefined) expect(signInFlow(step, event)).toBe(step);
  else expect(signInFlow(step, event)).toEqual(expected);
});
