import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';

import { ToggleButtons } from './toggle-buttons';

const OPTIONS = [
  { value: 'all', label: 'All' },
  { value: 'warning', label: 'Warning' },
  { value: 'healthy', label: 'Healthy' },
] as const;

function Filter() {
  const [value, setValue] = useState<(typeof OPTIONS)[number]['value']>('all');
  return <ToggleButtons aria-label="Filter" options={OPTIONS} value={value} onChange={setValue} />;
}

it('is one tab stop: arrows, Home and End move between the buttons, Space presses one', async () => {
  const user = userEvent.setup();
  render(
    <>
      <Filter />
      <button type="button">After</button>
    </>,
  );
  const button = (name: string) => screen.getByRole('button', { name });
  expect(screen.getByRole('group', { name: 'Filter' })).toBeInTheDocument();

  await user.tab();
  expect(button('All')).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(button('Warning')).toHaveFocus();
  await user.keyboard('{End}');
  expect(button('Healthy')).toHaveFocus();
  await user.keyboard('{ArrowRight}');
  expect(button('All')).toHaveFocus();
  await user.keyboard('{ArrowLeft}{ }');
  expect(button('Healthy')).toHaveAttribute('aria-pressed', 'true');
  expect(button('All')).toHaveAttribute('aria-pressed', 'false');

  await user.tab();
  expect(button('After')).toHaveFocus();
  await user.tab({ shift: true });
  expect(button('Healthy')).toHaveFocus();
});

it('does not report pressing the button that is already pressed', async () => {
  const onChange = vi.fn();
  render(<ToggleButtons aria-label="Filter" options={OPTIONS} value="all" onChange={onChange} />);
  await userEvent.click(screen.getByRole('button', { name: 'All' }));
  expect(onChange).not.toHaveBeenCalled();
  await userEvent.click(screen.getByRole('button', { name: 'Warning' }));
  expect(onChange).toHaveBeenCalledWith('warning');
});
