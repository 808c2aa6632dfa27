import type { TooltipProps } from '@mui/material/Tooltip';
import {
  cloneElement,
  lazy,
  Suspense,
  useState,
  type FocusEvent,
  type MouseEvent,
  type ReactElement,
} from 'react';

// MUI's Tooltip brings Popper (about 7 KB gzipped) to the first page; it loads on the first hover or focus.
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

type ChildProps = {
  'aria-label'?: string;
  onMouseOver?: (event: MouseEvent<HTMLElement>) => void;
  onFocus?: (event: FocusEvent<HTMLElement>) => void;
};

type DeferredTooltipProps = Pick<TooltipProps, 'title' | 'describeChild'> & {
  children: ReactElement<ChildProps>;
};

/**
 * MUI's Tooltip, loaded when first wanted. Until then the child carries the accessible name, or the
 * native title, that MUI's Tooltip gives it while closed, so nothing reads differently.
 */
export function DeferredTooltip({ title, describeChild = false, children }: DeferredTooltipProps) {
  // null: not wanted yet, so not loaded.
  const [open, setOpen] = useState<boolean | null>(null);
  const closedProps =
    typeof title !== 'string'
      ? {}
      : describeChild
        ? { title }
        : { 'aria-label': children.props['aria-label'] ?? title };

  if (open === null) {
    return cloneElement(children, {
      ...closedProps,
      onMouseOver: (event: MouseEvent<HTMLElement>) => {
        children.props.onMouseOver?.(event);
        setOpen(true);
      },
      onFocus: (event: FocusEvent<HTMLElement>) => {
        children.props.onFocus?.(event);
        // As MUI does: a tooltip opens on keyboard focus, not on the focus a click brings.
        if (event.currentTarget.matches(':focus-visible')) setOpen(true);
      },
    });
  }
  return (
    <Suspense fallback={cloneElement(children, closedProps)}>
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
