import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { expect, it } from 'vitest';

// Vitest runs from the project's root.
const SRC = join(process.cwd(), 'src');
const THEME_VARS = join(SRC, 'theme/theme-vars.css');
const THIS_FILE = join(SRC, 'theme/theme-vars-used.test.ts');
const MUI_VAR = /--mui-[A-Za-z0-9-]+/g;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(css|tsx?)$/.test(entry.name) ? [path] : [];
  });

const defined = new Set(
  [...readFileSync(THEME_VARS, 'utf8').matchAll(/(--mui-[A-Za-z0-9-]+)\s*:/g)].map(
    ([, name]) => name,
  ),
);

// theme-vars.css is generated from the MUI theme (theme-vars.test.ts): a variable the kit or a
// screen names that the theme does not define resolves to nothing, and the look breaks silently.
it('every --mui-* variable used in src/ is one that theme-vars.css defines', () => {
  const missing = sourceFiles(SRC)
    .filter((file) => file !== THEME_VARS && file !== THIS_FILE)
    .flatMap((file) =>
      [...new Set(readFileSync(file, 'utf8').match(MUI_VAR) ?? [])]
        .filter((name) => !defined.has(name))
        .map((name) => `${name} in src/${relative(SRC, file)}`),
    );
  expect(defined.size).toBeGreaterThan(100);
  expect(missing, `Not defined in src/theme/theme-vars.css:\n${missing.join('\n')}`).toEqual([]);
});
