// The text of the files under a folder, for unit tests that check what the source says (Vitest's jsdom
// tests read CSS as empty through Vite, and the app's types have no node:fs).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const walk = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : [path];
  });

/** `{ 'src/theme/base.css': '…' }` for every file under `folder` (from the working directory) ending so. */
export function readSourceTexts(folder, pattern = /\.(css|tsx?)$/) {
  return Object.fromEntries(
    walk(join(process.cwd(), folder))
      .filter((path) => pattern.test(path))
      .map((path) => [relative(process.cwd(), path), readFileSync(path, 'utf8')]),
  );
}
