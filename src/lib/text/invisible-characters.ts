// Characters that change how text reads without showing themselves: format characters (bidi embeddings,
// overrides and isolates U+202A–U+202E and U+2066–U+2069, zero-width U+200B–U+200F, U+FEFF, U+061C and
// the rest of Unicode's Cf), controls (Cc) and the line and paragraph separators. A line feed stays:
// it is how multi-line code is written.
const INVISIBLE = /(?!\n)[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]/gu;

export type TextPart = { text: string } | { codePoint: string };

/** `U+202E` for a character, as Unicode names code points (at least four hex digits). */
export const codePointLabel = (char: string) =>
  `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

export const hasInvisible = (text: string) => new RegExp(INVISIBLE.source, 'u').test(text);

/** The text in runs of plain text and the invisible characters between them, each by its code point. */
export function splitInvisible(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let start = 0;
  for (const match of text.matchAll(INVISIBLE)) {
    if (match.index > start) parts.push({ text: text.slice(start, match.index) });
    parts.push({ codePoint: codePointLabel(match[0]) });
    start = match.index + match[0].length;
  }
  if (start < text.length) parts.push({ text: text.slice(start) });
  return parts;
}

/** The text with each invisible character written as its code point, e.g. `abc<U+202E>def`. */
export const showCodePoints = (text: string) =>
  splitInvisible(text)
    .map((part) => ('text' in part ? part.text : `<${part.codePoint}>`))
    .join('');

/** JSON whose invisible characters are \uXXXX escapes: the same value, and visible when pasted. */
export function visibleJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(INVISIBLE, (char) =>
    [...Array(char.length).keys()]
      .map((unit) => `\\u${char.charCodeAt(unit).toString(16).padStart(4, '0')}`)
      .join(''),
  );
}
