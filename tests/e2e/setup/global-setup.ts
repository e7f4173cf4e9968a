// Builds the app once and serves the production build (service worker on)
// on a free port for every e2e test file.
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../../', import.meta.url));
const outDir = fileURLToPath(new URL('../../artifacts/dist', import.meta.url));

let server: PreviewServer | undefined;

export async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would make a build with PROD false (no
  // service worker); the tests must run what learners get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  server = await preview({ root, logLevel: 'warn', build: { outDir }, preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  project.provide('baseUrl', url);
}

export async function teardown() {
  await server?.close();
}
