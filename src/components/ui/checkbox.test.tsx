import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, it, vi } from 'vitest';

import { Checkbox, FormControlLabel } from './checkbox';

it('is a native checkbox: named, mixed when indeterminate, and toggled from its label', async () => {
  const onChange = vi.fn();
  const { rerender } = render(
    <FormControlLabel
      control={<Checkbox checked={false} indeterminate onChange={onChange} />}
      label="Select all"
    />,
  );
  const box = screen.getByRole('checkbox', { name: 'Select all' });
  expect(box).toHaveProperty('indeterminate', true);
  expect(box).toBePartiallyChecked();

  await userEvent.click(screen.getByText('Select all'));
  expect(onChange).toHaveBeenCalledTimes(1);

  rerender(
    <FormControlLabel control={<Checkbox checked onChange={onChange} />} label="Select all" />,
  );
  expect(box).toHaveProperty('indeterminate', false);
  expect(box).toBeChecked();
});
