import { expect, it } from 'vitest';

import { muiTheme } from './mui-theme';

const kebab = (key: string) =>
  key.startsWith('--') ? key : key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

const toCss = (sheets: Record<string, Record<string, string>>[]) =>
  sheets
    .flatMap((sheet) => Object.entries(sheet))
    .map(([selector, rules]) => {
      const body = Object.entries(rules).map(([key, value]) => `  ${kebab(key)}: ${value};`);
      return `${selector} {\n${body.join('\n')}\n}\n`;
    })
    .join('\n');

// The first page loads no MUI, so the theme's variables ship as a static file; `vitest -u` writes it
// again after a change to the theme, and CI fails while the file and the theme disagree.
it('theme-vars.css holds the MUI theme’s own CSS variables, for both schemes', async () => {
  const sheets = muiTheme.generateStyleSheets() as Record<string, Record<string, string>>[];
  await expect(toCss(sheets)).toMatchFileSnapshot('./theme-vars.css');
});
