import type { TooltipProps } from '@mui/material/Tooltip';
import { cloneElement, lazy, Suspense, useState, type FocusEvent, type ReactElement } from 'react';

// MUI's Tooltip brings Popper (about 7 KB gzipped): it loads in its own chunk once the page is up.
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

type ChildProps = {
  'aria-label'?: string;
  title?: string;
  onMouseOver?: () => void;
  onMouseLeave?: () => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
  onBlur?: () => void;
};

type DeferredTooltipProps = Pick<TooltipProps, 'title' | 'describeChild'> & {
  children: ReactElement<ChildProps>;
};

/**
 * MUI's Tooltip, kept off the first page. Its chunk starts loading on the first render, not on the
 * first hover: swapping the child for the Tooltip's copy while it has focus would drop the focus.
 * Until it has loaded, the child carries the accessible name, or the native title, that the Tooltip
 * gives it while closed, and a hover or keyboard focus in the meantime opens it once it arrives.
 */
export function DeferredTooltip({ title, describeChild = false, children }: DeferredTooltipProps) {
  const [open, setOpen] = useState(false);
  const closedProps =
    typeof title !== 'string'
      ? {}
      : describeChild
        ? { title }
        : { 'aria-label': children.props['aria-label'] ?? title };
  const waiting = cloneElement(children, {
    ...closedProps,
    onMouseOver: () => setOpen(true),
    onMouseLeave: () => setOpen(false),
    // As MUI does: keyboard focus opens a tooltip, the focus a click brings does not.
    onFocus: (event: FocusEvent<HTMLElement>) => setOpen(event.target.matches(':focus-visible')),
    onBlur: () => setOpen(false),
  });
  return (
    <Suspense fallback={waiting}>
      <Tooltip
        title={title}
        describeChild={describeChild}
        open={open}
        onOpen={() => setOpen(true)}
        onClose={() => setOpen(false)}
      >
        {children}
      </Tooltip>
    </Suspense>
  );
}
