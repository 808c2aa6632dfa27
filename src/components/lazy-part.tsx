import { Suspense, type ComponentType } from 'react';

import { lazyCode } from '@/lib/lazy-code';
import { withMui } from '@/theme/with-mui';

import { CodeBoundary } from './code-boundary';

type PartOptions<P> = {
  /** The notice's subject if the code does not arrive: "The export menu". */
  what: string;
  /** How the notice's Close closes the part; by default its `onClose` prop, if it has one. */
  close?: (props: P) => (() => void) | undefined;
};

const onCloseProp = (props: object) =>
  'onClose' in props && typeof props.onClose === 'function'
    ? (props.onClose as () => void)
    : undefined;

/**
 * A dialog, menu or outlet whose code loads on first render, with its own Suspense (nothing shows while
 * it loads) and a `CodeBoundary`, so that a failed load leaves the page as it was.
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  { what, close = onCloseProp }: PartOptions<P>,
): ComponentType<P> {
  const Lazy = lazyCode(load);
  return function LazyPart(props: P) {
    return (
      <CodeBoundary what={what} onClose={close(props)}>
        <Suspense fallback={null}>
          <Lazy {...props} />
        </Suspense>
      </CodeBoundary>
    );
  };
}

/** `lazyPart` for a part that uses MUI: MUI and its theme load with it (`withMui`). */
export const lazyMui = <P extends object>(
  load: () => Promise<ComponentType<P>>,
  options: PartOptions<P>,
) => lazyPart(withMui(load), options);
