import { clsx } from 'clsx';
import type { ElementType, HTMLAttributes } from 'react';

import './typography.css';

type Variant = 'h1' | 'h2' | 'subtitle1' | 'body1' | 'body2' | 'caption';

const ELEMENTS: Record<Variant, ElementType> = {
  h1: 'h1',
  h2: 'h2',
  subtitle1: 'h6',
  body1: 'p',
  body2: 'p',
  caption: 'span',
};

type TypographyProps = HTMLAttributes<HTMLElement> & {
  variant?: Variant;
  component?: ElementType;
  color?: 'secondary';
  noWrap?: boolean;
};

/** MUI's Typography: a theme text style on the element MUI maps it to, or `component`. */
export function Typography({
  variant = 'body1',
  component,
  color,
  noWrap = false,
  className,
  ...props
}: TypographyProps) {
  const Root = component ?? ELEMENTS[variant];
  const classes = clsx(
    'ui-text',
    `ui-text--${variant}`,
    color && 'ui-text--secondary',
    noWrap && 'ui-text--no-wrap',
    className,
  );
  return <Root className={classes} {...props} />;
}
