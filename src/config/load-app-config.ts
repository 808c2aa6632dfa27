import {
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  parseAppConfig,
  requestTimeoutSchema,
  type ConfigResult,
} from './app-config';
import { buildTimeConfig } from './build-time-config';

type ConfigFileRead = { kind: 'read'; file: unknown } | { kind: 'absent' } | { kind: 'not-json' };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Fetches `/config.json`; a missing file, or the SPA's index.html in its place, is no file. */
async function readConfigFile(): Promise<ConfigFileRead> {
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}config.json`, {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return { kind: 'absent' };
  }
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  if (!response.ok || !isJson) return { kind: 'absent' };
  const text = await response.text();
  if (text.trim() === '') return { kind: 'absent' };
  try {
    return { kind: 'read', file: JSON.parse(text) };
  } catch {
    return { kind: 'not-json' };
  }
}

/**
 * Reads `/config.json` at startup, so one build serves any tenant. A missing file is not an error:
 * the build-time VITE_* values, if any, apply alone.
 */
export async function loadAppConfig(): Promise<ConfigResult> {
  const fallback = buildTimeConfig(import.meta.env);
  const read = await readConfigFile();
  if (read.kind === 'not-json') {
    return {
      kind: 'invalid',
      problems: [{ key: '(file)', expected: 'valid JSON: /config.json could not be parsed' }],
    };
  }
  if (read.kind === 'absent') return parseAppConfig(fallback, window.location.origin);
  if (!isObject(read.file)) return parseAppConfig(read.file, window.location.origin);
  return parseAppConfig({ ...fallback, ...read.file }, window.location.origin);
}

/**
 * Demo mode signs in to no tenant, so of `/config.json` it takes only `requestTimeoutSeconds`; a bad
 * value there is reported in the console and the default applies, so the demo still starts.
 */
export async function loadDemoRequestTimeoutSeconds(): Promise<number> {
  const read = await readConfigFile();
  const file = read.kind === 'read' && isObject(read.file) ? read.file : {};
  const { requestTimeoutSeconds } = { ...buildTimeConfig(import.meta.env), ...file };
  const parsed = requestTimeoutSchema.safeParse({ requestTimeoutSeconds });
  if (!parsed.success) {
    console.warn(
      `config.json: requestTimeoutSeconds is ${parsed.error.issues[0]?.message}; using ${DEFAULT_REQUEST_TIMEOUT_SECONDS}.`,
    );
  }
  return parsed.data?.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS;
}
