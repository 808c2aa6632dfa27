// Serves a built folder with Debian's nginx and the shipped deploy/snippets, for the e2e `deploy` project.
// A generated main config in a temp dir listens on loopback only, keeps pid, logs and temp files there,
// and includes the shipped snippets unchanged (linked in as snippets/). nginx runs in the foreground as
// this process's child and stops with it. Usage: node scripts/serve-nginx.mjs dist 5343
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [root = 'dist', port = '4175'] = process.argv.slice(2);
const nginx =
  process.env.NGINX_PATH ?? (existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx');
const mimeTypes = [
  '/etc/nginx/mime.types',
  '/usr/local/etc/nginx/mime.types',
  '/opt/homebrew/etc/nginx/mime.types',
].find(existsSync);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-nginx: ${root}/index.html not found; build first (npx vite build).`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'ndes-nginx-'));
// Started as root, nginx's workers run as an unprivileged user that must read the served files.
chmodSync(dir, 0o755);
const html = join(dir, 'html');
cpSync(root, html, { recursive: true });
// The deployment's own config.json, as docs/deploy.md says: beside index.html. Tests may override it.
if (process.env.APP_CONFIG) writeFileSync(join(html, 'config.json'), process.env.APP_CONFIG);
symlinkSync(resolve('deploy/snippets'), join(dir, 'snippets'));

const conf = join(dir, 'nginx.conf');
writeFileSync(
  conf,
  `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  ${mimeTypes ? `include ${mimeTypes};` : 'types { text/html html; text/javascript js; text/css css; application/json json; image/svg+xml svg; }'}
  default_type application/octet-stream;
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${html};
    include snippets/ndes-connector-admin.conf;
  }
}
`,
);

const check = spawnSync(nginx, ['-t', '-q', '-p', dir, '-e', `${dir}/error.log`, '-c', conf], {
  encoding: 'utf8',
});
if (check.error || check.status !== 0) {
  console.error(`serve-nginx: the config does not load:\n${check.stderr ?? check.error}`);
  rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}

const child = spawn(nginx, ['-p', dir, '-e', `${dir}/error.log`, '-c', conf], { stdio: 'inherit' });
console.log(`serve-nginx: ${root}/ on http://localhost:${port} (nginx, config in ${dir})`);
const stop = () => {
  // QUIT: nginx finishes open requests, then exits; the temp dir goes with it.
  if (child.exitCode === null) child.kill('SIGQUIT');
};
child.on('exit', (code) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? 0);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, stop);
