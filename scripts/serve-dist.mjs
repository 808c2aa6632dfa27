// Serves a built folder the way the shipped deployment configs do: SPA fallback, no-store on
// redirect.html and config.json, and the strict Content-Security-Policy from staticwebapp.config.json.
// Usage: node scripts/serve-dist.mjs dist 4174
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [root = 'dist', port = '4174'] = process.argv.slice(2);
const swa = JSON.parse(readFileSync('public/staticwebapp.config.json', 'utf8'));
const csp = swa.globalHeaders['Content-Security-Policy'];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const NO_STORE = new Set(['/redirect.html', '/config.json']);

createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  let file = join(root, path);
  const isFile = existsSync(file) && statSync(file).isFile();
  if (!isFile) {
    if (extname(path) && path !== '/') {
      response.writeHead(404, { 'Content-Security-Policy': csp }).end('Not found');
      return;
    }
    file = join(root, 'index.html');
  }
  response.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': NO_STORE.has(path) ? 'no-store' : 'no-cache',
  });
  createReadStream(file).pipe(response);
}).listen(Number(port), () => console.log(`Serving ${root}/ on http://localhost:${port}`));
