import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

export default defineConfig(({ mode }) => {
  const demo = mode === 'demo';
  return {
    plugins: [react(), ...(demo ? [mockServiceWorker()] : [])],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    server: { port: 5173, strictPort: true },
    preview: { port: demo ? 4173 : 4174, strictPort: true },
    build: {
      outDir: demo ? 'dist-demo' : 'dist',
      manifest: true,
      sourcemap: false,
      rollupOptions: {
        input: {
          main: fileURLToPath(new URL('./index.html', import.meta.url)),
          redirect: fileURLToPath(new URL('./redirect.html', import.meta.url)),
        },
      },
    },
  };
});
