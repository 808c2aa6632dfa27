import { clsx } from 'clsx';
import { useEffect, useRef, type ReactElement, type ReactNode } from 'react';

import './checkbox.css';
import { CheckBoxIcon, CheckBoxOutlineBlankIcon, IndeterminateCheckBoxIcon } from './icons';

type CheckboxProps = {
  checked: boolean;
  indeterminate?: boolean;
  onChange: () => void;
  'aria-label'?: string;
};

/** MUI's Checkbox: a native checkbox, invisible over MUI's icon, so it behaves natively. */
export function Checkbox({ checked, indeterminate = false, onChange, ...props }: CheckboxProps) {
  const input = useRef<HTMLInputElement>(null);
  // `indeterminate` is a DOM property with no attribute, so it is set here.
  useEffect(() => {
    if (input.current) input.current.indeterminate = indeterminate;
  }, [indeterminate]);
  const Icon = indeterminate
    ? IndeterminateCheckBoxIcon
    : checked
      ? CheckBoxIcon
      : CheckBoxOutlineBlankIcon;
  return (
    <span className={clsx('ui-checkbox', (checked || indeterminate) && 'ui-checkbox--checked')}>
      <input
        ref={input}
        type="checkbox"
        className="ui-checkbox__input"
        checked={checked}
        onChange={onChange}
        {...props}
      />
      <Icon />
    </span>
  );
}

/** MUI's FormControlLabel: the control and its visible label, one click target. */
export function FormControlLabel({ control, label }: { control: ReactElement; label: ReactNode }) {
  return (
    <label className="ui-form-control-label">
      {control}
      <span className="ui-text--body1">{label}</span>
    </label>
  );
}
