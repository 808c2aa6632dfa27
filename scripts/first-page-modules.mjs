// The app's modules that the first page loads: every module the entries import statically, in the
// signed-in and the demo start and the sign-in redirect page. A dynamic `import()` is where the first
// page ends (lazy screens, MUI). Read by eslint.config.js, which keeps MUI and emotion out of them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const ENTRIES = ['src/main.tsx', 'src/start/start-demo.tsx', 'src/lib/auth/redirect-bridge.ts'];
// `import … from '…'`, `import '…'` and `export … from '…'`, but not their `type` forms.
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const SUFFIXES = ['.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveSource(root, from, specifier) {
  const base = specifier.startsWith('@/')
    ? join(root, 'src', specifier.slice(2))
    : specifier.startsWith('.')
      ? join(dirname(from), specifier)
      : null;
  if (!base) return null;
  if (/\.tsx?$/.test(base)) return existsSync(base) ? base : null;
  return SUFFIXES.map((suffix) => base + suffix).find((path) => existsSync(path)) ?? null;
}

/** The first page's TypeScript modules, as paths from `root` (`src/app/app.tsx`), sorted. */
export function firstPageModules(root = process.cwd()) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const imported = resolveSource(root, file, specifier);
      if (imported) visit(imported);
    }
  };
  for (const entry of ENTRIES) visit(join(root, entry));
  return [...seen].map((file) => relative(root, file)).sort();
}
