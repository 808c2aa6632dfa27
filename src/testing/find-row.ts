import { screen } from '@testing-library/react';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A row's name starts with its checkbox's label, "Select <display name>".
export const findConnectorRow = (displayName: string) =>
  screen.findByRole('row', { name: new RegExp(`^Select ${escapeRegExp(displayName)}`) });
