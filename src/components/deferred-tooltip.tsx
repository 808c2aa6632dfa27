import type { TooltipProps } from '@mui/material/Tooltip';
import {
  cloneElement,
  useCallback,
  useEffect,
  useState,
  type ComponentType,
  type FocusEvent,
  type ReactElement,
  type Ref,
} from 'react';

import { firstPageShown } from '@/lib/state/first-page-shown';
import { withMui } from '@/theme/with-mui';

// MUI's Tooltip brings MUI itself and Popper: it loads once the first page is shown, never during the
// first render (firstPageShown), and every DeferredTooltip shares the one load.
const loadTooltip = withMui(async () => (await import('@mui/material/Tooltip')).default);
let loadedTooltip: ComponentType<TooltipProps> | null = null;

type ChildProps = {
  'aria-label'?: string;
  title?: string;
  ref?: Ref<HTMLElement>;
  onMouseOver?: () => void;
  onMouseLeave?: () => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: () => void;
};

type DeferredTooltipProps = Pick<TooltipProps, 'title' | 'describeChild'> & {
  children: ReactElement<ChildProps>;
};

/**
 * MUI's Tooltip, kept off the first page. Until it has loaded, the child carries the accessible name,
 * or the native title, that the Tooltip gives it while closed, and a hover or keyboard focus in the
 * meantime opens it once it arrives. The child is mounted again inside the Tooltip then, so keyboard
 * focus, if it was there, is put back on it.
 */
export function DeferredTooltip({ title, describeChild = false, children }: DeferredTooltipProps) {
  const [open, setOpen] = useState(false);
  // Whether the child had focus before the Tooltip arrived: the Tooltip's copy takes it over.
  const [focused, setFocused] = useState(false);
  const [Tooltip, setTooltip] = useState(() => loadedTooltip);
  const shown = firstPageShown.use();
  useEffect(() => {
    if (!shown || Tooltip) return;
    let live = true;
    loadTooltip().then(
      (component) => {
        loadedTooltip = component;
        if (live) setTooltip(() => component);
      },
      // Offline: the child keeps its name or native title, and the next mount tries again.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [shown, Tooltip]);
  const restoreFocus = useCallback(
    (node: HTMLElement | null) => {
      if (node && focused) node.focus();
    },
    [focused],
  );

  if (!Tooltip) {
    const closedProps =
      typeof title !== 'string'
        ? {}
        : describeChild
          ? { title }
          : { 'aria-label': children.props['aria-label'] ?? title };
    return cloneElement(children, {
      ...closedProps,
      onMouseOver: () => setOpen(true),
      onMouseLeave: () => setOpen(false),
      onFocus: (event: FocusEvent<HTMLElement>) => {
        setFocused(true);
        // As MUI does: keyboard focus opens a tooltip, the focus a click brings does not.
        setOpen(event.target.matches(':focus-visible'));
      },
      onBlur: () => {
        setFocused(false);
        setOpen(false);
      },
    });
  }
  return (
    <Tooltip
      title={title}
      describeChild={describeChild}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
    >
      {cloneElement(children, { ref: restoreFocus })}
    </Tooltip>
  );
}
