import {
  addGzipShares,
  APP,
  attributeChunk,
  decodeVlq,
  GLUE,
  packageOf,
} from './bundle-attribution.mjs';

describe('decodeVlq', () => {
  it('reads the base64 VLQ fields of a source map segment', () => {
    expect(decodeVlq('AAAA')).toEqual([0, 0, 0, 0]);
    expect(decodeVlq('ECAD')).toEqual([2, 1, 0, -1]);
    // 16 needs a continuation digit: "gB".
    expect(decodeVlq('gBA')).toEqual([16, 0]);
  });
});

describe('packageOf', () => {
  it.each([
    ['../../node_modules/react-dom/cjs/react-dom-client.production.js', 'react-dom'],
    ['../../node_modules/@mui/material/esm/Button/Button.js', '@mui/material'],
    ['../../node_modules/a/node_modules/@emotion/hash/dist/x.js', '@emotion/hash'],
    ['../../src/app/app.tsx', APP],
  ])('%s belongs to %s', (source, name) => {
    expect(packageOf(source)).toBe(name);
  });
});

describe('attributeChunk', () => {
  // Line 1: "ab" from react-dom, "cd" from the app, "éf" from no source; line 2: "gh" from @mui/material.
  const code = 'abcdéf\ngh';
  const map = {
    sources: [
      '../node_modules/react-dom/index.js',
      '../src/app.tsx',
      '../node_modules/@mui/material/Button.js',
    ],
    mappings: 'AAAA,ECAA,E;ACAA',
  };

  it('gives each segment’s bytes, up to the next segment, to its source’s package', () => {
    expect(Object.fromEntries(attributeChunk(code, map))).toEqual({
      'react-dom': 2,
      [APP]: 2,
      // "é" is two bytes in UTF-8, plus "f" and the newline.
      [GLUE]: 4,
      '@mui/material': 2,
    });
  });

  it('accounts for every byte of the chunk', () => {
    const counted = [...attributeChunk(code, map).values()].reduce((sum, bytes) => sum + bytes, 0);
    expect(counted).toBe(Buffer.byteLength(code));
  });

  it('counts text before a line’s first segment, and unmapped lines, as glue ("xy", "zz")', () => {
    expect(
      Object.fromEntries(attributeChunk('xyab\nzz', { sources: ['s.js'], mappings: 'EAAA' })),
    ).toEqual({ [GLUE]: 4, 's.js': 3 });
  });
});

describe('addGzipShares', () => {
  it('shares a chunk’s gzipped size out in proportion to minified bytes, across chunks', () => {
    const shares = new Map();
    addGzipShares(
      shares,
      new Map([
        ['react-dom', 300],
        ['zod', 100],
      ]),
      100,
    );
    addGzipShares(shares, new Map([['zod', 50]]), 20);
    expect(Object.fromEntries(shares)).toEqual({
      'react-dom': { minified: 300, gzipped: 75 },
      zod: { minified: 150, gzipped: 45 },
    });
  });
});
