import { expect, it } from 'vitest';

import { readSourceTexts } from '../../scripts/source-texts.mjs';

const THEME_VARS = 'src/theme/theme-vars.css';
const MUI_VAR = /--mui-[A-Za-z0-9-]+/g;

// theme-vars.css is generated from the MUI theme (theme-vars.test.ts): a variable the kit or a
// screen names that the theme does not define resolves to nothing, and the look breaks silently.
it('every --mui-* variable used in src/ is one that theme-vars.css defines', () => {
  const { [THEME_VARS]: themeVars = '', ...sources } = readSourceTexts('src');
  const defined = new Set([...themeVars.matchAll(/(--mui-[A-Za-z0-9-]+)\s*:/g)].map(([, n]) => n));
  const missing = Object.entries(sources)
    .filter(([file]) => !file.endsWith('theme-vars-used.test.ts'))
    .flatMap(([file, text]) =>
      [...new Set(text.match(MUI_VAR))]
        .filter((name) => !defined.has(name))
        .map((name) => `${name} in ${file}`),
    );
  expect(Object.keys(sources).length).toBeGreaterThan(100);
  expect(defined.size).toBeGreaterThan(100);
  expect(missing, `Not defined in ${THEME_VARS}:\n${missing.join('\n')}`).toEqual([]);
});
