import { getDomain } from './registrable-domain';

describe('getDomain, the demo build’s stand-in for tldts', () => {
  it.each([
    ['graph.microsoft.com', 'microsoft.com'],
    ['login.microsoftonline.com', 'microsoftonline.com'],
    ['localhost', 'localhost'],
    ['example.com.', 'example.com'],
  ])('gives %s the registrable domain %s', (host, domain) => {
    expect(getDomain(host)).toBe(domain);
  });

  it('has no domain for an empty host', () => {
    expect(getDomain('')).toBeNull();
  });
});
