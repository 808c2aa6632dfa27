// Which package each byte of a built chunk came from, read from the chunk's source map.
// A mapping segment covers its generated line from its column to the next segment's; a segment with no
// source (bundler glue) and any text before a line's first segment count as "(bundler glue)".
import path from 'node:path';

export const GLUE = '(bundler glue)';
export const APP = 'app code (src/)';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...BASE64].map((char, index) => [char, index]));

/** One segment's fields, decoded from base64 VLQ (each relative to the previous segment's). */
export function decodeVlq(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = DIGIT[char];
    if (digit === undefined) throw new Error(`Not a base64 VLQ digit: "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The package a source path belongs to: the name after the last node_modules/, else the app. */
export function packageOf(source) {
  const parts = source.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return source.includes('/src/') || source.startsWith('src/') ? APP : source;
  const name = parts[at + 1] ?? source;
  return name.startsWith('@') ? `${name}/${parts[at + 2]}` : name;
}

/** Bytes (UTF-8) of `code` per package, according to `map`; the counts add up to the code's length. */
export function attributeChunk(code, map) {
  const sources = map.sources.map((source) =>
    packageOf(path.posix.join(map.sourceRoot ?? '', source)),
  );
  const totals = new Map();
  const add = (name, bytes) => totals.set(name, (totals.get(name) ?? 0) + bytes);
  const lines = code.split('\n');
  const mappingLines = map.mappings.split(';');
  let sourceIndex = 0;
  lines.forEach((line, lineIndex) => {
    const newline = lineIndex < lines.length - 1 ? 1 : 0;
    let column = 0;
    let cursor = 0;
    let owner = GLUE;
    for (const segment of (mappingLines[lineIndex] ?? '').split(',').filter(Boolean)) {
      const [columnDelta = 0, sourceDelta] = decodeVlq(segment);
      column += columnDelta;
      add(owner, Buffer.byteLength(line.slice(cursor, column)));
      cursor = column;
      if (sourceDelta === undefined) {
        owner = GLUE;
      } else {
        sourceIndex += sourceDelta;
        owner = sources[sourceIndex] ?? GLUE;
      }
    }
    add(owner, Buffer.byteLength(line.slice(cursor)) + newline);
  });
  return totals;
}

/** Adds each package's share of a chunk's gzipped size, in proportion to its minified bytes. */
export function addGzipShares(into, bytesByPackage, gzippedBytes) {
  const total = [...bytesByPackage.values()].reduce((sum, bytes) => sum + bytes, 0);
  for (const [name, bytes] of bytesByPackage) {
    const entry = into.get(name) ?? { minified: 0, gzipped: 0 };
    entry.minified += bytes;
    entry.gzipped += total === 0 ? 0 : (gzippedBytes * bytes) / total;
    into.set(name, entry);
  }
  return into;
}
