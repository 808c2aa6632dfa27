import { clsx } from 'clsx';
import type { HTMLAttributes, ReactNode } from 'react';

import './alert.css';
import {
  ErrorOutlineIcon,
  InfoOutlinedIcon,
  ReportProblemOutlinedIcon,
  SuccessOutlinedIcon,
} from './icons';

export type Severity = 'success' | 'info' | 'warning' | 'error';

const ICONS = {
  success: <SuccessOutlinedIcon fontSize="inherit" />,
  info: <InfoOutlinedIcon fontSize="inherit" />,
  warning: <ReportProblemOutlinedIcon fontSize="inherit" />,
  error: <ErrorOutlineIcon fontSize="inherit" />,
};

type AlertProps = HTMLAttributes<HTMLElement> & {
  severity?: Severity;
  variant?: 'standard' | 'filled';
  action?: ReactNode;
  /** `section` for an alert that is a region of the page rather than an announcement. */
  component?: 'div' | 'section';
};

/** MUI's Alert (standard or filled): `role="alert"` unless given another role, its severity's icon and colours. */
export function Alert({
  severity = 'success',
  variant = 'standard',
  action,
  component: Root = 'div',
  role = 'alert',
  className,
  children,
  ...props
}: AlertProps) {
  return (
    <Root
      role={role}
      className={clsx('ui-alert', `ui-alert--${severity}`, `ui-alert--${variant}`, className)}
      {...props}
    >
      <div className="ui-alert__icon">{ICONS[severity]}</div>
      <div className="ui-alert__message">{children}</div>
      {action && <div className="ui-alert__action">{action}</div>}
    </Root>
  );
}

export function AlertTitle({ children }: { children: ReactNode }) {
  return <div className="ui-alert-title">{children}</div>;
}
