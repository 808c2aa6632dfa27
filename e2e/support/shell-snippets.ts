// Reads the review dialog's shell snippets back the way a shell would, so a spec can compare what a
// pasted command would send with what the app sends. Written independently of src/…/snippets.ts.

/** Splits a POSIX shell command into words: quotes, backslash escapes, line continuations, comments. */
export function posixWords(command: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  for (let index = 0; index < command.length; index += 1) {
    const char = command.charAt(index);
    if (char === '#' && word === null) {
      // A comment runs to the end of its line.
      const end = command.indexOf('\n', index);
      index = end < 0 ? command.length : end;
    } else if (char === "'") {
      const end = command.indexOf("'", index + 1);
      if (end < 0) throw new Error(`Unterminated single quote in: ${command}`);
      word = (word ?? '') + command.slice(index + 1, end);
      index = end;
    } else if (char === '"') {
      let text = '';
      for (index += 1; command.charAt(index) !== '"'; index += 1) {
        if (index >= command.length) throw new Error(`Unterminated double quote in: ${command}`);
        if (command.charAt(index) === '\\' && '"\\$`'.includes(command.charAt(index + 1)))
          index += 1;
        text += command.charAt(index);
      }
      word = (word ?? '') + text;
    } else if (char === '\\') {
      const next = command.charAt(index + 1);
      index += 1;
      // Backslash-newline continues the line; any other escaped character is literal.
      if (next !== '\n') word = (word ?? '') + next;
    } else if (/\s/.test(char)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== null) words.push(word);
  return words;
}

export type CurlRequest = { method: string; url: string; headers: string[]; body: string };

/** What `curl -X … -H … --data-raw …` would send. */
export function parseCurl(command: string): CurlRequest {
  const [program, ...args] = posixWords(command);
  if (program !== 'curl') throw new Error(`Not a curl command: ${command}`);
  const request: CurlRequest = { method: '', url: '', headers: [], body: '' };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    const value = () => {
      index += 1;
      return args[index] ?? '';
    };
    if (arg === '-X') request.method = value();
    else if (arg === '-H') request.headers.push(value());
    else if (arg === '--data-raw') request.body = value();
    else if (arg.startsWith('-')) throw new Error(`Unexpected curl option ${arg}`);
    else request.url = arg;
  }
  return request;
}

// PowerShell treats ' and the typographic ‘ ’ ‚ ‛ alike; inside a single-quoted string two of them
// stand for one. https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_quoting_rules
const PS_QUOTES = "'\u2018\u2019\u201A\u201B";
const PS_STRING = new RegExp(`[${PS_QUOTES}](?:[^${PS_QUOTES}]|[${PS_QUOTES}]{2})*[${PS_QUOTES}]`);

/** The value of one PowerShell single-quoted string literal. */
export function powerShellString(literal: string): string {
  if (!new RegExp(`^${PS_STRING.source}$`).test(literal)) {
    throw new Error(`Not a PowerShell single-quoted string: ${literal}`);
  }
  return literal.slice(1, -1).replace(new RegExp(`([${PS_QUOTES}])[${PS_QUOTES}]`, 'g'), '$1');
}

/** One line-continued PowerShell command (backtick at line end), as a single line. */
const joinContinuations = (script: string) => script.replace(/ `\n\s*/g, ' ');

/** The single-quoted argument of `-Name` in a PowerShell command. */
export function powerShellParameter(command: string, name: string): string {
  const match = new RegExp(` -${name} (${PS_STRING.source})`).exec(joinContinuations(command));
  if (!match?.[1]) throw new Error(`No -${name} '…' in: ${command}`);
  return powerShellString(match[1]);
}

/** The string entries of a one-line `@{ 'name' = 'value'; … }` hashtable argument. */
export function powerShellHashtable(command: string, name: string): Record<string, string> {
  const match = new RegExp(` -${name} @\\{(.*?)\\}`).exec(joinContinuations(command));
  if (!match?.[1]) throw new Error(`No -${name} @{…} in: ${command}`);
  const entry = new RegExp(`\\s*(${PS_STRING.source})\\s*=\\s*(${PS_STRING.source})\\s*;?`, 'y');
  const table: Record<string, string> = {};
  const body = match[1];
  while (entry.lastIndex < body.trimEnd().length) {
    const found = entry.exec(body);
    if (!found?.[1] || !found[2]) throw new Error(`Unreadable hashtable: @{${body}}`);
    table[powerShellString(found[1])] = powerShellString(found[2]);
  }
  return table;
}

/**
 * The `$params = @{ … }` hashtable of an SDK cmdlet snippet as JSON-like data: quoted strings,
 * `$null` and `@('…', …)` arrays, one entry a line.
 */
export function powerShellParams(script: string): Record<string, unknown> {
  const lines = script.split('\n');
  const start = lines.indexOf('$params = @{');
  const end = lines.indexOf('}', start);
  if (start < 0 || end < 0) throw new Error(`No $params = @{ … } block in: ${script}`);
  const params: Record<string, unknown> = {};
  for (const line of lines.slice(start + 1, end)) {
    const match = /^\s*("[^"]*"|[A-Za-z]\w*) = (.*)$/.exec(line);
    if (!match?.[1] || match[2] === undefined) throw new Error(`Unreadable entry: ${line}`);
    params[match[1].replace(/^"|"$/g, '')] = powerShellValue(match[2]);
  }
  return params;
}

function powerShellValue(text: string): unknown {
  if (text === '$null') return null;
  const array = /^@\((.*)\)$/.exec(text);
  if (array) {
    const items = array[1] ?? '';
    return items === ''
      ? []
      : [...items.matchAll(new RegExp(PS_STRING.source, 'g'))].map(([item]) =>
          powerShellString(item),
        );
  }
  return powerShellString(text);
}
