import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { WEB_SECURITY_HEADERS } from './src/security-headers.ts';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// The browser talks same-origin to the API: the dev and preview servers forward these paths to it.
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:3000';
const proxy = Object.fromEntries(
  ['/graphql', '/health', '/calendar', '/feeds', '/exports', '/open-data', '/dcat.jsonld'].map((path) => [
    path,
    { target: apiTarget, changeOrigin: false },
  ]),
);
const host = process.env.WEB_HOST ?? '127.0.0.1';
const port = Number(process.env.WEB_PORT ?? 4200);

export default defineConfig({
  root: webRoot,
  plugins: [react()],
  resolve: {
    alias: {
      '@modellkommuner/shared': `${repoRoot}libs/shared/src/index.ts`,
    },
  },
  server: { host, port, strictPort: true, proxy },
  // The preview serves the built app as nginx does, under the same CSP (the browser tests run there).
  preview: { host, port, strictPort: true, proxy, headers: { ...WEB_SECURITY_HEADERS } },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            // The chart library and what only it uses: loaded with the first chart (the goals pages), not by every page.
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|victory-vendor|internmap|decimal\.js-light|@reduxjs|redux|redux-thunk|react-redux|reselect|immer|es-toolkit|eventemitter3)[\\/]/,
              priority: 4,
              // Not react and the rest it shares with the app: those stay in their own (eager) chunks.
              includeDependenciesRecursively: false,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            { name: 'apollo', test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    root: webRoot,
    environment: 'jsdom',
    include: ['src/**/*.spec.{ts,tsx}'],
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Files share a worker's jsdom and module cache (src/test/setup.ts empties the DOM and storage after
    // every test, restoreMocks undoes spies): 273 s → 47 s on the two-core CI machine, and the suite
    // passes in any file order (checked with --sequence.shuffle.files). A spec that changes anything
    // global (window properties, module state) must put it back itself.
    isolate: false,
    // Vitest's default leaves one core to the main process: one worker on two cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
