// Serves a built folder the way public/staticwebapp.config.json does: SPA fallback, its global headers,
// and each route's headers over them (no-store and the frameable bridge on redirect.html).
// Usage: node scripts/serve-dist.mjs dist 4174
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [root = 'dist', port = '4174'] = process.argv.slice(2);
const swa = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8'));
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
const headersFor = (path) => ({
  'Cache-Control': 'no-cache',
  ...swa.globalHeaders,
  ...swa.routes.find((route) => routeMatches(route.route, path))?.headers,
});

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
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    ...headersFor(path),
  });
  createReadStream(file).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${root}/ on http://localhost:${port}`));
