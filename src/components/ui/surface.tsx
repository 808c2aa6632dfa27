import { clsx } from 'clsx';
import type { HTMLAttributes } from 'react';

import './surface.css';

type PaperProps = HTMLAttributes<HTMLElement> & {
  variant?: 'outlined' | 'elevation';
  component?: 'div' | 'li' | 'section';
};

/** MUI's Paper: the paper background, with a border (outlined) or the first elevation's shadow. */
export function Paper({
  variant = 'elevation',
  component: Root = 'div',
  className,
  ...props
}: PaperProps) {
  return <Root className={clsx('ui-paper', `ui-paper--${variant}`, className)} {...props} />;
}

/** MUI's Card: a Paper that clips its content. */
export function Card({ className, ...props }: PaperProps) {
  return <Paper className={clsx('ui-card', className)} {...props} />;
}

export function CardContent({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  return <div className={clsx('ui-card-content', className)} {...props} />;
}

type ContainerProps = HTMLAttributes<HTMLElement> & {
  component?: 'div' | 'main';
  maxWidth: 'sm' | 'md' | 'lg' | 'wide';
};

/** MUI's Container: centred, padded, and no wider than a breakpoint. */
export function Container({
  component: Root = 'div',
  maxWidth,
  className,
  ...props
}: ContainerProps) {
  return (
    <Root className={clsx('ui-container', `ui-container--${maxWidth}`, className)} {...props} />
  );
}
