// `npm test`'s pretest: makes sure the e2e suites find Chromium (demo, signed-in, deploy) and nginx
// (deploy). On Debian as root it installs what is missing with apt-get; elsewhere it fetches
// Playwright's own Chromium; whatever it cannot install it names in one line and fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const onPath = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
const hasChromium = () =>
  existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium') || hasPlaywrightChromium();
const hasPlaywrightChromium = () => {
  const run = spawnSync('npx', ['playwright', 'install', '--dry-run', 'chromium'], {
    encoding: 'utf8',
  });
  const location = /Install location:\s*(\S+)/.exec(run.stdout)?.[1];
  return Boolean(location && existsSync(location));
};
const hasNginx = () => existsSync(process.env.NGINX_PATH ?? '/usr/sbin/nginx') || onPath('nginx');

const run = (command, args, env = {}) =>
  spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

const missing = () => [...(hasChromium() ? [] : ['chromium']), ...(hasNginx() ? [] : ['nginx'])];

let needed = missing();
if (needed.length === 0) {
  console.log('pretest: Chromium and nginx are present.');
  process.exit(0);
}

const isDebian = existsSync('/etc/debian_version') && onPath('apt-get');
const isRoot = process.getuid?.() === 0;
if (isDebian && isRoot) {
  console.log(`pretest: installing ${needed.join(' and ')} with apt-get…`);
  // RUNLEVEL=1: the package must not start nginx as a system service; the tests start their own.
  run('apt-get', ['update']);
  run('apt-get', ['install', '-y', ...needed], {
    DEBIAN_FRONTEND: 'noninteractive',
    RUNLEVEL: '1',
  });
} else if (needed.includes('chromium')) {
  console.log("pretest: downloading Playwright's Chromium…");
  run('npx', ['playwright', 'install', 'chromium']);
}

needed = missing();
if (needed.length > 0) {
  const what = needed
    .map((name) =>
      name === 'nginx'
        ? 'nginx (apt-get install nginx, brew install nginx, or set NGINX_PATH)'
        : 'Chromium (apt-get install chromium, npx playwright install chromium, or set CHROMIUM_PATH)',
    )
    .join(' and ');
  console.error(`pretest: the e2e tests need ${what}.`);
  process.exit(1);
}
console.log('pretest: Chromium and nginx are present.');
