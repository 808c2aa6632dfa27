import { clsx } from 'clsx';
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

import './toggle-buttons.css';

type ToggleButtonsProps<T extends string> = {
  'aria-label': string;
  options: readonly { value: T; label: ReactNode }[];
  value: T;
  /** Called when another button is pressed: pressing the pressed one changes nothing, as in MUI. */
  onChange: (value: T) => void;
  className?: string;
};

const STEPS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * MUI's exclusive ToggleButtonGroup (small): pressed buttons in a group with one tab stop, the pressed
 * one, and the arrow keys, Home and End moving between them, as MUI's roving tab index does.
 */
export function ToggleButtons<T extends string>({
  options,
  value,
  onChange,
  className,
  ...props
}: ToggleButtonsProps<T>) {
  const group = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = STEPS[event.key];
    const buttons = [...(group.current?.querySelectorAll('button') ?? [])];
    const index = buttons.indexOf(event.currentTarget);
    if (!step || index < 0) return;
    event.preventDefault();
    buttons[step(index, buttons.length)]?.focus();
  };
  return (
    <div ref={group} role="group" className={clsx('ui-toggle-group', className)} {...props}>
      {options.map((option) => (
        <button
          key={option.value}
          type="button"
          className="ui-toggle"
          aria-pressed={option.value === value}
          tabIndex={option.value === value ? 0 : -1}
          onClick={() => option.value !== value && onChange(option.value)}
          onKeyDown={onKeyDown}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
