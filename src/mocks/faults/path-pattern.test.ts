import { graphPath, matchesPathPattern } from './path-pattern';

it.each([
  ['/deviceManagement/ndesConnectors', '/deviceManagement/ndesConnectors', true],
  ['/deviceManagement/ndesConnectors', '/deviceManagement/ndesConnectors/42', false],
  ['/deviceManagement/ndesConnectors/:id', '/deviceManagement/ndesConnectors/42', true],
  ['/deviceManagement/ndesConnectors/:id', '/deviceManagement/ndesConnectors', false],
  ['/deviceManagement/*', '/deviceManagement/roleScopeTags', true],
  ['/*', '/anything/at/all', true],
  ['/devicemanagement/NDESCONNECTORS', '/deviceManagement/ndesConnectors', true],
])('%s against %s matches: %s', (pattern, path, expected) => {
  expect(matchesPathPattern(pattern, path)).toBe(expected);
});

it('reads the path below the version segment, without the query', () => {
  const url = new URL('https://graph.microsoft.us/beta/deviceManagement/ndesConnectors?$top=100');
  expect(graphPath(url)).toBe('/deviceManagement/ndesConnectors');
});
