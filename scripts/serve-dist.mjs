// Serves a built folder the way public/staticwebapp.config.json does: SPA fallback, its global headers,
// and each route's headers over them (no-store and the frameable bridge on redirect.html).
// Text is gzipped when the browser accepts it, as Azure Static Web Apps does, so Lighthouse measures
// realistic transfer sizes. `--plain` leaves the config's headers out, as GitHub Pages would.
// Usage: node scripts/serve-dist.mjs dist 4174 [--plain]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const [root = 'dist', port = '4174', mode] = process.argv.slice(2);
// A build carries its own copy (the demo's allows its service worker); the source one otherwise.
const builtConfig = join(root, 'staticwebapp.config.json');
const swa = JSON.parse(
  readFileSync(existsSync(builtConfig) ? builtConfig : 'public/staticwebapp.config.json', 'utf8'),
);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

const routeMatches = (route, path) =>
  route.endsWith('/*') ? path.startsWith(route.slice(0, -1)) : route === path;
const headersFor = (path) =>
  mode === '--plain'
    ? { 'Cache-Control': 'no-cache' }
    : {
        'Cache-Control': 'no-cache',
        ...swa.globalHeaders,
        ...swa.routes.find((route) => routeMatches(route.route, path))?.headers,
      };

createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  let file = join(root, path);
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    if (extname(path) && path !== '/') {
      response.writeHead(404, swa.globalHeaders).end('Not found');
      return;
    }
    file = join(root, 'index.html');
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const gzip =
    /text|javascript|json|svg/.test(type) &&
    /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'Content-Type': type,
    ...headersFor(path),
    ...(gzip ? { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' } : {}),
  });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${root}/ on http://localhost:${port}`));
