import {
  codePointLabel,
  hasInvisible,
  showCodePoints,
  splitInvisible,
  visibleJson,
} from './invisible-characters';

const RLO = '\u202E';
const ZWSP = '\u200B';

describe('invisible characters', () => {
  it('names a code point as Unicode does', () => {
    expect(codePointLabel(RLO)).toBe('U+202E');
    expect(codePointLabel('\u0007')).toBe('U+0007');
    expect(codePointLabel('\u{E0001}')).toBe('U+E0001');
  });

  it.each([
    ['bidi embeddings and overrides', '\u202A\u202B\u202C\u202D\u202E'],
    ['bidi isolates', '\u2066\u2067\u2068\u2069'],
    ['zero-width and direction marks', '\u200B\u200C\u200D\u200E\u200F'],
    ['the byte order mark and the Arabic letter mark', '\uFEFF\u061C'],
    ['other format characters (soft hyphen, word joiner, a tag)', '\u00AD\u2060\u{E0041}'],
    ['controls and separators', '\u0000\u0009\u007F\u0085\u2028\u2029'],
  ])('shows %s by their code points', (_kind, chars) => {
    const parts = splitInvisible(`a${chars}b`);
    expect(parts.at(0)).toEqual({ text: 'a' });
    expect(parts.at(-1)).toEqual({ text: 'b' });
    expect(parts.slice(1, -1)).toEqual(
      [...chars].map((char) => ({ codePoint: codePointLabel(char) })),
    );
  });

  it('leaves visible text, right-to-left letters and line feeds alone', () => {
    const text = 'CERT01 – שלום ✓ 🔐\nnext line';
    expect(splitInvisible(text)).toEqual([{ text }]);
    expect(hasInvisible(text)).toBe(false);
  });

  it('writes the code points into plain text', () => {
    expect(showCodePoints(`CERT${RLO}10${ZWSP}`)).toBe('CERT<U+202E>10<U+200B>');
    expect(hasInvisible(`x${ZWSP}`)).toBe(true);
  });

  it('escapes invisible characters in JSON without changing the value', () => {
    const value = { displayName: `CERT${RLO}01${ZWSP}\u0085 \u{E0041} שלום` };
    const json = visibleJson(value);
    expect(json).toBe('{"displayName":"CERT\\u202e01\\u200b\\u0085 \\udb40\\udc41 שלום"}');
    expect(JSON.parse(json)).toEqual(value);
    expect(visibleJson({ a: 'plain' }, 2)).toBe(JSON.stringify({ a: 'plain' }, null, 2));
  });
});
