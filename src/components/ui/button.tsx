import { clsx } from 'clsx';
import type { AnchorHTMLAttributes, ButtonHTMLAttributes, ReactNode } from 'react';

import './button.css';
import './color.css';

export type UiColor = 'primary' | 'inherit' | 'error' | 'success' | 'warning';

type Look = {
  variant?: 'text' | 'outlined' | 'contained';
  size?: 'small' | 'medium';
  color?: UiColor;
  startIcon?: ReactNode;
  endIcon?: ReactNode;
};

type ButtonProps = Look &
  (
    | (ButtonHTMLAttributes<HTMLButtonElement> & { href?: undefined })
    | (AnchorHTMLAttributes<HTMLAnchorElement> & { href: string })
  );

/** MUI's Button, drawn with static CSS (button.css); with `href` it is a link. */
export function Button({
  variant = 'text',
  size = 'medium',
  color = 'primary',
  startIcon,
  endIcon,
  className,
  children,
  ...props
}: ButtonProps) {
  const classes = clsx(
    'ui-button',
    `ui-button--${variant}`,
    size === 'small' && 'ui-button--small',
    `ui-color-${color}`,
    className,
  );
  const content = (
    <>
      {startIcon && <span className="ui-button__start">{startIcon}</span>}
      {children}
      {endIcon && <span className="ui-button__end">{endIcon}</span>}
    </>
  );
  if (props.href !== undefined) {
    return (
      <a className={classes} {...(props as AnchorHTMLAttributes<HTMLAnchorElement>)}>
        {content}
      </a>
    );
  }
  const { type = 'button', ...rest } = props as ButtonHTMLAttributes<HTMLButtonElement>;
  return (
    <button type={type} className={classes} {...rest}>
      {content}
    </button>
  );
}

type IconButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  color?: 'default' | 'inherit';
  size?: 'small' | 'medium';
};

/** MUI's IconButton: a round button around one icon, which needs an `aria-label`. */
export function IconButton({
  color = 'default',
  size = 'medium',
  className,
  type = 'button',
  ...props
}: IconButtonProps) {
  const classes = clsx(
    'ui-icon-button',
    color === 'inherit' && 'ui-icon-button--inherit',
    size === 'small' && 'ui-icon-button--small',
    className,
  );
  return <button type={type} className={classes} {...props} />;
}
