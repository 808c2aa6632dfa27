import { fileURLToPath, URL } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

import { withoutPlatformBroker } from './vite.config.ts';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      ...withoutPlatformBroker,
      { find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) },
    ],
  },
  test: {
    globals: true,
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    testTimeout: 15_000,
  },
});
