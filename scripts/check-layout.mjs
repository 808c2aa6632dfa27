#!/usr/bin/env node
/**
 * Layout gate for `src/`: small files, folders that depend one way, no copied blocks.
 *
 * Usage: `node scripts/check-layout.mjs [root]` (root defaults to the working directory; it reads
 * `<root>/src`). Exits 1 and says why when any check fails; prints its numbers either way.
 *
 * What it measures: `.ts`/`.tsx` files under `src/`, leaving out tests (`*.test.*`, which includes
 * `*.property.test.*`) and `src/testing/`.
 *
 * 1. Size: the largest file may have at most 200 lines, and the average at most 60.
 * 2. Folder cycles. A folder node is one directory, on its own: a file's imports count for the
 *    directory the file sits in, not for the directories above it. So `src/mocks` and
 *    `src/mocks/faults` are two nodes, and `db.ts` importing `./faults/fault-store` while
 *    `faults/fault-store.ts` imports `../key-value-store` is a cycle. Every import counts, type-only
 *    ones too (`import`/`export … from`, side-effect `import '…'`, dynamic `import('…')`), after
 *    resolving `@/` to `src/` and relative paths; packages and paths outside `src/` are not nodes.
 *    One cycle is reported per strongly connected group of folders, with a file behind each edge.
 * 3. Duplicates: jscpd (typescript and tsx, at least 6 lines; its other settings are its defaults,
 *    so a block also needs 50 tokens) over the same files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const MAX_FILE_LINES = 200;
export const MAX_AVERAGE_LINES = 60;
export const MIN_DUPLICATE_LINES = 6;

const SOURCE_FILE = /\.tsx?$/;
const TEST_FILE = /\.test\.[^/]+$/;
const IMPORT_SPECIFIER =
  /(?:\bimport\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?|\bexport\s+(?:type\s+)?[\w*{}\s,$]*?\s+from\s+|\bimport\s*\(\s*)['"]([^'"]+)['"]/g;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The files the checks measure, as absolute paths, sorted. */
export function listSourceFiles(srcDir) {
  const testingDir = path.join(srcDir, 'testing');
  const files = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (full !== testingDir) walk(full);
      } else if (SOURCE_FILE.test(entry.name) && !TEST_FILE.test(entry.name)) {
        files.push(full);
      }
    }
  };
  walk(srcDir);
  return files.sort();
}

export function countLines(text) {
  if (text === '') return 0;
  return text.endsWith('\n') ? text.split('\n').length - 1 : text.split('\n').length;
}

export function measureSizes(files) {
  const sizes = files.map((file) => ({ file, lines: countLines(readFileSync(file, 'utf8')) }));
  const largest = sizes.reduce((max, size) => (size.lines > max.lines ? size : max), {
    file: null,
    lines: 0,
  });
  const total = sizes.reduce((sum, size) => sum + size.lines, 0);
  return { count: files.length, largest, average: files.length ? total / files.length : 0 };
}

export function importSpecifiers(text) {
  return [...text.matchAll(IMPORT_SPECIFIER)].map((match) => match[1]);
}

/** The directory an import lands in, or null for a package or a path outside `src/`. */
function targetDirectory(srcDir, fromFile, specifier) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(srcDir, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else return null;
  base = base.replace(/[?#].*$/, '');
  if (base !== srcDir && !base.startsWith(srcDir + path.sep)) return null;
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.dirname(candidate);
  }
  return path.dirname(base);
}

/** Folder → folder edges, each with the first import that made it. */
export function folderGraph(srcDir, files) {
  const edges = new Map();
  for (const file of files) {
    const from = path.dirname(file);
    for (const specifier of importSpecifiers(readFileSync(file, 'utf8'))) {
      const to = targetDirectory(srcDir, file, specifier);
      if (to === null || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      const targets = edges.get(from);
      if (!targets.has(to)) targets.set(to, { file, specifier });
    }
  }
  return edges;
}

/** Strongly connected groups of more than one folder (Tarjan), each as a sorted list. */
function cyclicGroups(edges) {
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let next = 0;
  const visit = (node) => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const to of edges.get(node)?.keys() ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node), low.get(to)));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node), index.get(to)));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of [...edges.keys()].sort()) if (!index.has(node)) visit(node);
  return groups;
}

/** A shortest cycle through the group's first folder, as [a, b, …, a]. */
function shortestCycle(edges, group) {
  const members = new Set(group);
  const start = group[0];
  const previous = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const to of edges.get(node)?.keys() ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const cycle = [start];
        for (let at = node; at !== start; at = previous.get(at)) cycle.splice(1, 0, at);
        return [...cycle, start];
      }
      if (!previous.has(to) && to !== start) {
        previous.set(to, node);
        queue.push(to);
      }
    }
  }
  return [start];
}

export function findFolderCycles(srcDir, files) {
  const edges = folderGraph(srcDir, files);
  return cyclicGroups(edges).map((group) => {
    const cycle = shortestCycle(edges, group);
    const steps = cycle
      .slice(1)
      .map((to, i) => ({ from: cycle[i], to, ...edges.get(cycle[i]).get(to) }));
    return { group, cycle, steps };
  });
}

export async function findDuplicates(srcDir) {
  // jscpd 4.3's ESM build imports `colors/safe` without an extension, which Node refuses; its CJS build works.
  const { detectClones } = createRequire(import.meta.url)('jscpd');
  const clones = await detectClones({
    path: [srcDir],
    format: ['typescript', 'tsx'],
    minLines: MIN_DUPLICATE_LINES,
    ignore: ['**/*.test.*', `${path.join(srcDir, 'testing')}/**`],
    absolute: true,
    silent: true,
    reporters: [],
  });
  const where = (part) => ({
    file: path.resolve(part.sourceId),
    start: part.start.line,
    end: part.end.line,
  });
  return clones.map((clone) => ({ a: where(clone.duplicationA), b: where(clone.duplicationB) }));
}

/** Runs the three checks; returns the report lines and whether all passed. */
export async function checkLayout(root) {
  const srcDir = path.resolve(root, 'src');
  const rel = (file) => path.relative(root, file).split(path.sep).join('/');
  const files = listSourceFiles(srcDir);
  const lines = [];
  const failures = [];

  const sizes = measureSizes(files);
  const average = sizes.average.toFixed(1);
  lines.push(
    `Files: ${sizes.count}; largest: ${sizes.largest.file ? rel(sizes.largest.file) : '-'} (${sizes.largest.lines} lines); average: ${average} lines`,
  );
  if (sizes.largest.lines > MAX_FILE_LINES) {
    failures.push(
      `Largest file ${rel(sizes.largest.file)} has ${sizes.largest.lines} lines (at most ${MAX_FILE_LINES}).`,
    );
  }
  if (sizes.average > MAX_AVERAGE_LINES) {
    failures.push(`Average file has ${average} lines (at most ${MAX_AVERAGE_LINES}).`);
  }

  const cycles = findFolderCycles(srcDir, files);
  lines.push(`Folder cycles: ${cycles.length}`);
  for (const { group, cycle, steps } of cycles) {
    failures.push(
      [
        `Folders import each other in a circle: ${cycle.map(rel).join(' → ')}`,
        ...steps.map((step) => `    ${rel(step.file)} imports '${step.specifier}'`),
        ...(group.length > cycle.length - 1
          ? [`  (the circle's group: ${group.map(rel).join(', ')})`]
          : []),
      ].join('\n'),
    );
  }

  const duplicates = await findDuplicates(srcDir);
  lines.push(`Duplicated blocks (${MIN_DUPLICATE_LINES}+ lines): ${duplicates.length}`);
  for (const { a, b } of duplicates) {
    failures.push(
      `Repeated block: ${rel(a.file)}:${a.start}-${a.end} and ${rel(b.file)}:${b.start}-${b.end}`,
    );
  }

  return { ok: failures.length === 0, lines, failures };
}

async function main() {
  const root = path.resolve(process.argv[2] ?? process.cwd());
  const { ok, lines, failures } = await checkLayout(root);
  for (const line of lines) console.log(line);
  if (ok) {
    console.log('Layout check passed.');
    return;
  }
  console.error(`\nLayout check failed (${failures.length}):`);
  for (const failure of failures) console.error(`- ${failure}`);
  process.exitCode = 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
