import {
  configProblems,
  DEFAULT_REQUEST_TIMEOUT_SECONDS,
  NOT_AN_OBJECT,
  parseAppConfig,
  releasesFileSchema,
  requestTimeoutSchema,
  type ConfigProblem,
  type ConfigResult,
} from './app-config';
import type { ConfigConnectorRelease } from './app-config-releases';
import { buildTimeConfig } from './build-time-config';

const NOT_JSON: ConfigProblem = {
  key: '(file)',
  expected: 'valid JSON: /config.json could not be parsed',
};

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
  if (read.kind === 'not-json') return { kind: 'invalid', problems: [NOT_JSON] };
  if (read.kind === 'absent') return parseAppConfig(fallback, window.location.origin);
  if (!isObject(read.file)) return parseAppConfig(read.file, window.location.origin);
  return parseAppConfig({ ...fallback, ...read.file }, window.location.origin);
}

export type DemoConfigResult =
  | { kind: 'ok'; requestTimeoutSeconds: number; connectorReleases: ConfigConnectorRelease[] }
  | { kind: 'invalid'; problems: ConfigProblem[] };

function demoRequestTimeoutSeconds(file: Record<string, unknown>): number {
  const { requestTimeoutSeconds } = { ...buildTimeConfig(import.meta.env), ...file };
  const parsed = requestTimeoutSchema.safeParse({ requestTimeoutSeconds });
  if (!parsed.success) {
    console.warn(
      `config.json: requestTimeoutSeconds is ${parsed.error.issues[0]?.message}; using ${DEFAULT_REQUEST_TIMEOUT_SECONDS}.`,
    );
  }
  return parsed.data?.requestTimeoutSeconds ?? DEFAULT_REQUEST_TIMEOUT_SECONDS;
}

/**
 * Demo mode signs in to no tenant, so of `/config.json` it takes only `requestTimeoutSeconds` (a bad
 * value is reported in the console and the default applies) and `connectorReleases`. A bad release
 * list, or a file that is not a JSON object, gets the signed-in app's config error page: starting
 * without the releases would show every connector's support status against the wrong table.
 * No file at all starts the demo with the shipped table.
 */
export async function loadDemoConfig(): Promise<DemoConfigResult> {
  const read = await readConfigFile();
  if (read.kind === 'not-json') return { kind: 'invalid', problems: [NOT_JSON] };
  const file = read.kind === 'read' ? read.file : {};
  if (!isObject(file)) return { kind: 'invalid', problems: [NOT_AN_OBJECT] };
  const releases = releasesFileSchema.safeParse({ connectorReleases: file.connectorReleases });
  if (!releases.success) return { kind: 'invalid', problems: configProblems(releases.error) };
  return {
    kind: 'ok',
    requestTimeoutSeconds: demoRequestTimeoutSeconds(file),
    connectorReleases: releases.data.connectorReleases ?? [],
  };
}
