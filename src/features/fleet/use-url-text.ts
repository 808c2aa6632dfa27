import { useCallback, useEffect, useState } from 'react';
import type { SetURLSearchParams } from 'react-router';

import { useLeaving } from '@/lib/router/app-router';
import { useStableCallback } from '@/lib/use-stable-callback';

const URL_DELAY_MS = 300;

/**
 * The search text, held here while typing and written to the URL once typing pauses: a URL change
 * renders the whole route tree again, which a keystroke should not wait for. A URL changed from
 * outside (Back, a pasted link) still wins, and counts in `resets` (the key of an uncontrolled field).
 * No write while the router is on its way elsewhere: it would start a navigation back here. `writeNow`
 * writes at once, for the field's blur: a click that leaves the page blurs the field first, so a text
 * typed just before it is in the fleet's URL when the user comes Back.
 */
export function useUrlText(
  urlText: string,
  setParams: SetURLSearchParams,
  write: (params: URLSearchParams, text: string) => URLSearchParams,
) {
  // `known`: the URL's text as last seen here; `sent`: the text last written, which the router
  // delivers a moment later, when typing may have gone on; `resets`: how often the URL's text
  // replaced what was typed.
  const [state, setState] = useState({ text: urlText, known: urlText, sent: urlText, resets: 0 });
  if (urlText !== state.known) {
    const ours = urlText === state.sent;
    setState({
      text: ours ? state.text : urlText,
      known: urlText,
      sent: urlText,
      resets: state.resets + (ours ? 0 : 1),
    });
  }
  const { text, known, resets } = state;
  const { pending: leaving, now: leavingNow } = useLeaving();
  // Writes what was typed, unless it is in the URL already or the router is on its way elsewhere.
  const writeNow = useStableCallback(() => {
    // Read from the history too: a click that just started loading another page may not have
    // rendered yet.
    if (text === known || leaving || leavingNow()) return;
    setState((current) => ({ ...current, sent: text }));
    setParams((params) => write(params, text), { replace: true });
  });
  useEffect(() => {
    if (text === known || leaving) return;
    const timer = setTimeout(writeNow, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, known, leaving, writeNow]);
  const setText = useCallback(
    (next: string) => setState((current) => ({ ...current, text: next })),
    [],
  );
  return [text, setText, resets, writeNow] as const;
}
