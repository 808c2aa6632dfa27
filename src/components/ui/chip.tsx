import { clsx } from 'clsx';
import type { HTMLAttributes, ReactElement, ReactNode } from 'react';

import './chip.css';
import './color.css';

type ChipProps = Omit<HTMLAttributes<HTMLDivElement>, 'color'> & {
  label: ReactNode;
  icon?: ReactElement;
  color?: 'default' | 'primary' | 'success' | 'warning' | 'error';
  variant?: 'filled' | 'outlined';
};

/** MUI's small Chip (the theme's default size): a label, and an icon before it. */
export function Chip({
  label,
  icon,
  color = 'default',
  variant = 'filled',
  className,
  ...props
}: ChipProps) {
  const classes = clsx(
    'ui-chip',
    `ui-chip--${variant}`,
    color !== 'default' && ['ui-chip--colored', `ui-color-${color}`],
    className,
  );
  return (
    <div className={classes} {...props}>
      {icon && <span className="ui-chip__icon">{icon}</span>}
      <span className="ui-chip__label">{label}</span>
    </div>
  );
}
