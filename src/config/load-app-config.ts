import { buildTimeConfig, parseAppConfig, type ConfigResult } from './app-config';

/**
 * Reads `/config.json` at startup, so one build serves any tenant. A missing file is not an error:
 * the build-time VITE_* values, if any, apply alone.
 */
export async function loadAppConfig(): Promise<ConfigResult> {
  const fallback = buildTimeConfig(import.meta.env);
  let response: Response;
  try {
    response = await fetch(`${import.meta.env.BASE_URL}config.json`, {
      cache: 'no-store',
      headers: { Accept: 'application/json' },
    });
  } catch {
    return parseAppConfig(fallback, window.location.origin);
  }
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  // An SPA fallback may answer a missing config.json with index.html: treat that as no file.
  if (!response.ok || !isJson) return parseAppConfig(fallback, window.location.origin);
  const text = await response.text();
  if (text.trim() === '') return parseAppConfig(fallback, window.location.origin);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return {
      kind: 'invalid',
      problems: [{ key: '(file)', expected: 'valid JSON: /config.json could not be parsed' }],
    };
  }
  if (file === null || typeof file !== 'object' || Array.isArray(file))
    return parseAppConfig(file, window.location.origin);
  return parseAppConfig({ ...fallback, ...file }, window.location.origin);
}
