import { screen, within } from '@testing-library/react';

import { mockDb } from '@/mocks/node';
import { renderApp } from '@/testing/render';

const ID = '3f1c2a9e-7b44-4d1a-9a61-0c5e2d8b1a01';

const NAMES = {
  'script-like': '<img src=x onerror=alert(1)><script>alert(2)</script>',
  'very long': `CERT01-${'x'.repeat(249)}`,
  'right-to-left': 'خادم NDES الرئيسي – שרת ראשי',
  emoji: '🔐 NDES 🚀 primary ☁️👩🏽‍💻',
};

const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

// Shown as text, the markup is there character for character; parsed as HTML, it would vanish into
// an element (an <img> with a role, a <script>) and leave no text behind.
describe.each(Object.entries(NAMES))('a %s display name', (_kind, name) => {
  beforeEach(() => {
    mockDb.updateConnector(ID, { displayName: name });
  });

  it('is listed as plain text, exactly as stored', async () => {
    renderApp({ route: '/connectors' });
    const table = await screen.findByRole('table', { name: 'NDES connectors' });

    expect(within(table).getByRole('link', { name })).toHaveTextContent(exactly(name), {
      normalizeWhitespace: false,
    });
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('is the detail page’s heading, as plain text', async () => {
    renderApp({ route: `/connectors/${ID}` });

    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading).toHaveTextContent(exactly(name), { normalizeWhitespace: false });
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});
