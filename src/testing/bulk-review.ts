import { screen, within } from '@testing-library/react';

import { renderApp } from './render';

export const CERT01 = 'CERT01 – NDES primary';

/** The connector list, CERT01 selected, the bulk editor adding " (EU)", up to its review. */
export async function reviewSuffixOnCert01() {
  const { user } = renderApp({ route: '/connectors' });
  await user.click(await screen.findByRole('checkbox', { name: `Select ${CERT01}` }));
  await user.click(screen.getByRole('button', { name: 'Edit selected' }));
  const dialog = await screen.findByRole('dialog');
  await user.click(within(dialog).getByRole('combobox', { name: 'Rename' }));
  await user.click(await screen.findByRole('option', { name: 'Add a suffix' }));
  await user.type(within(dialog).getByRole('textbox', { name: 'Suffix' }), ' (EU)');
  await user.click(within(dialog).getByRole('button', { name: 'Review' }));
  await within(dialog).findByRole('table', { name: 'Preview of the changes' });
  return { user, dialog };
}
