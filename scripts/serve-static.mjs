// A plain static host, the way GitHub Pages and most object stores behave: files as they are, and the
// nearest 404.html up the path (status 404) for any other path. No rewrites, no headers. Usage: node scripts/serve-static.mjs <root> <port>
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const [root = 'dist-demo', port = '4176'] = process.argv.slice(2);
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
  let file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  let status = 200;
  if (!existsSync(file) || !statSync(file).isFile()) {
    const segments = path.split('/').filter(Boolean);
    const candidates = segments.map((_, index) =>
      join(root, ...segments.slice(0, segments.length - index - 1), '404.html'),
    );
    file = candidates.find((candidate) => existsSync(candidate)) ?? join(root, '404.html');
    status = 404;
  }
  if (!existsSync(file)) return response.writeHead(404).end('Not found');
  response.writeHead(status, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}).listen(Number(port), '127.0.0.1', () =>
  console.log(`Serving ${root}/ on http://localhost:${port} (404.html for unknown paths)`),
);
