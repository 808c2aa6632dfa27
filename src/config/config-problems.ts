import { CLOUDS, type CloudName } from './clouds';

export type ConfigProblem = { key: string; expected: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

export function redirectUriProblems(redirectUri: string, origin: string): ConfigProblem[] {
  const url = new URL(redirectUri);
  const secure =
    url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
  if (secure && url.origin === origin) return [];
  return [
    {
      key: 'redirectUri',
      expected: `an https: URL (http: only on localhost) on this app's own origin ${origin}, such as ${origin}/redirect.html`,
    },
  ];
}

export function scopeProblems(scopes: string[], cloud: CloudName): ConfigProblem[] {
  const graph = `https://${CLOUDS[cloud].graphHost}/`;
  return scopes.flatMap((scope, index) =>
    /^https?:\/\//.test(scope) && !scope.startsWith(graph)
      ? [
          {
            key: `scopes.${index}`,
            expected: `a permission of the ${cloud} cloud's Graph (${graph}…) or a bare name such as "DeviceManagementConfiguration.ReadWrite.All"`,
          },
        ]
      : [],
  );
}
