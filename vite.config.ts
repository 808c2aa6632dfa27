import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);
const WORKER_FILE = 'mockServiceWorker.js';

// MSW's worker is served (dev) or emitted (build) only in demo mode, so production `dist/` never ships it.
function mockServiceWorker(): Plugin {
  const read = () => readFileSync(require.resolve(`msw/${WORKER_FILE}`), 'utf8');
  return {
    name: 'demo-mock-service-worker',
    configureServer(server) {
      server.middlewares.use(`/${WORKER_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end(read());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: read() });
    },
  };
}

// The demo's mock Graph (MSW and the mock tenant) is a dynamic import in main.tsx, which the browser
// would only discover once the app's entry chunk has downloaded and run: preloading it from the page
// fetches both in parallel, so the mock is ready sooner and the first Graph request goes out earlier.
function preloadDemoStart(): Plugin {
  let base = '/';
  return {
    name: 'preload-demo-start',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle, path }) {
        if (path !== '/index.html') return [];
        const chunks = Object.values(bundle ?? {}).filter((output) => output.type === 'chunk');
        const start = chunks.find((chunk) =>
          chunk.facadeModuleId?.endsWith('/start/start-demo.tsx'),
        );
        if (!start) return [];
        const files = new Set<string>();
        const visit = (file: string) => {
          if (files.has(file)) return;
          files.add(file);
          chunks.find((chunk) => chunk.fileName === file)?.imports.forEach(visit);
        };
        visit(start.fileName);
        return [...files]
          .filter((file) => !html.includes(file))
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }));
      },
    },
  };
}

// Every production build proves itself clean (no mock Graph, demo token or secrets), whoever runs it.
function productionBundleCheck(): Plugin {
  let args = ['dist'];
  return {
    name: 'production-bundle-check',
    apply: 'build',
    configResolved(config) {
      const hidden = config.build.sourcemap === 'hidden';
      args = [config.build.outDir, ...(hidden ? ['--hidden-maps-allowed'] : [])];
    },
    closeBundle() {
      const run = spawnSync('node', ['scripts/check-prod-bundle.mjs', ...args], {
        stdio: 'inherit',
      });
      if (run.status !== 0)
        throw new Error('check-prod-bundle: the production build is not clean.');
    },
  };
}

// The demo reads only `requestTimeoutSeconds` and `connectorReleases` from /config.json, and a static host
// answers a missing file with a 404 that the browser logs as an error on every load. It ships a file that
// sets nothing, which a demo's host may edit.
function demoConfigFile(): Plugin {
  return {
    name: 'demo-config-file',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'config.json', source: '{}\n' });
    },
  };
}

// Static hosts such as GitHub Pages answer an unknown path with 404.html: the app itself, so deep links
// work under any sub-path (`vite build --mode demo --base /ndes-demo/`).
function spaFallbackPage(): Plugin {
  let outDir = 'dist-demo';
  return {
    name: 'spa-fallback-page',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      copyFileSync(join(outDir, 'index.html'), join(outDir, '404.html'));
      // The demo's mock Graph is a service worker, which the production policy refuses twice (worker-src
      // 'none', and Trusted Types for the worker's script URL): the demo ships its own Static Web Apps
      // config, kept outside public/ so that production builds never carry it.
      copyFileSync(
        'deploy/staticwebapp.demo.config.json',
        join(outDir, 'staticwebapp.config.json'),
      );
    },
  };
}

// MSAL's platform broker (the operating system's account broker, reached through a browser extension or a
// DOM API) is off unless `system.allowPlatformBroker` is set, which this app never does: its tokens come
// from Entra ID through redirect, popup and silent requests. MSAL still imports the broker statically,
// about 35 KB minified (9 KB gzipped) of the first page, so every build (and Vitest) swaps the broker's
// two entry modules for stand-ins that say no. scripts/platform-broker-stand-ins.test.ts keeps them in
// step with the pinned MSAL. The option:
// https://github.com/AzureAD/microsoft-authentication-library-for-js/blob/dev/lib/msal-browser/docs/configuration.md
const standIn = (file: string) =>
  fileURLToPath(new URL(`./src/lib/auth/platform-broker/${file}`, import.meta.url));
export const withoutPlatformBroker = [
  {
    find: /^.*\/interaction_client\/PlatformAuthInteractionClient\.mjs$/,
    replacement: standIn('excluded-platform-auth-client.ts'),
  },
  {
    find: /^.*\/broker\/nativeBroker\/PlatformAuthProvider\.mjs$/,
    replacement: standIn('excluded-platform-auth-provider.ts'),
  },
];

const ZOD = /[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]config[\\/]zod\.ts$/;
type ModuleInfoOf = (id: string) => { importedIds: readonly string[]; isEntry: boolean } | null;
let firstPageModules: { app: Set<string>; bridge: Set<string>; mui: Set<string> } | null = null;

// Every module the app's entry imports statically, minus those the redirect bridge needs too: one chunk
// instead of the many small shared chunks the bundler would cut where lazy chunks share them.
function firstPageChunks(getModuleInfo: ModuleInfoOf) {
  if (firstPageModules) return firstPageModules;
  const reach = (entry: string) => {
    const seen = new Set<string>();
    const visit = (id: string) => {
      if (seen.has(id)) return;
      seen.add(id);
      for (const imported of getModuleInfo(id)?.importedIds ?? []) visit(imported);
    };
    visit(entry);
    return seen;
  };
  const root = fileURLToPath(new URL('.', import.meta.url));
  const main = reach(join(root, 'src/main.tsx'));
  const bridge = reach(join(root, 'src/lib/auth/redirect-bridge.ts'));
  const muiCore = reach(join(root, 'src/theme/mui-scope.tsx'));
  const entry = join(root, 'src/main.tsx');
  const shared = (id: string) => id !== entry && id.startsWith('/');
  firstPageModules = {
    app: new Set([...main].filter((id) => shared(id) && !bridge.has(id))),
    bridge: new Set([...bridge].filter((id) => shared(id) && main.has(id))),
    // MUI's theme and styling engine, which every later screen loads (MuiScope): one chunk, not many.
    mui: new Set([...muiCore].filter((id) => shared(id) && !main.has(id))),
  };
  return firstPageModules;
}

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  return {
    plugins: [
      react(),
      // The first page's module sets are worked out once per build.
      { name: 'first-page-chunks', buildStart: () => void (firstPageModules = null) },
      ...(demo
        ? [mockServiceWorker(), spaFallbackPage(), demoConfigFile(), preloadDemoStart()]
        : [productionBundleCheck()]),
    ],
    resolve: {
      alias: [
        ...withoutPlatformBroker,
        { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
        ...(demo
          ? [
              {
                find: 'tldts',
                replacement: fileURLToPath(
                  new URL('./src/mocks/registrable-domain.ts', import.meta.url),
                ),
              },
            ]
          : []),
      ],
    },
    server: { port: 5173, strictPort: true },
    preview: { port: demo ? 4173 : 4174, strictPort: true },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      manifest: true,
      sourcemap: false,
      // Every browser the build targets but Safari 16 supports <link rel=modulepreload>; there the hints
      // are skipped and the same modules load through their imports, so the polyfill's 0.4 KB buys nothing.
      modulePreload: { polyfill: false },
      rollupOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          redirect: fileURLToPath(new URL('./redirect.html', import.meta.url)),
          // The kit beside MUI, for e2e/kit-matches-mui.spec.ts: the demo build only, never production.
          ...(demo
            ? { kitCompare: fileURLToPath(new URL('./kit-compare.html', import.meta.url)) }
            : {}),
        },
        output: {
          // zod and src/config/zod.ts, which sets its options, share one chunk (Trusted Types forbids the JIT).
          codeSplitting: {
            groups: [
              { name: (id) => (ZOD.test(id) ? 'zod' : null), priority: 3 },
              {
                name: (id, context) =>
                  firstPageChunks((of) => context.getModuleInfo(of)).bridge.has(id) ? 'msal' : null,
                priority: 2,
              },
              {
                name: (id, context) =>
                  firstPageChunks((of) => context.getModuleInfo(of)).app.has(id)
                    ? 'first-page'
                    : null,
                priority: 1,
              },
              {
                name: (id, context) =>
                  firstPageChunks((of) => context.getModuleInfo(of)).mui.has(id) ? 'mui' : null,
                priority: 0,
              },
            ],
          },
        },
      },
    },
  };
});
