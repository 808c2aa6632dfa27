import { render, screen } from '@testing-library/react';

import { RenameFields } from './rename-fields';

it.each(['__proto__', 'constructor', 'toString'])(
  'says under the template that {%s} is not a placeholder',
  (name) => {
    render(
      <RenameFields rule={{ kind: 'template', template: `{${name}} NDES` }} onChange={vi.fn()} />,
    );
    const template = screen.getByRole('textbox', { name: 'Template' });
    expect(template).toHaveAccessibleDescription(
      expect.stringMatching(new RegExp(`^Unknown placeholder \\{${name}\\}\\.`)),
    );
    expect(template).toBeInvalid();
  },
);
