import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { FleetSearchField } from './fleet-search-field';

it('passes each keystroke up, and is not spellchecked', async () => {
  const onText = vi.fn();
  render(<FleetSearchField defaultText="ce" onText={onText} onBlur={() => {}} />);
  const field = screen.getByLabelText('Search connectors');

  expect(field).toHaveAttribute('spellcheck', 'false');
  await userEvent.type(field, 'd');
  expect(onText).toHaveBeenLastCalledWith('ced');
});
