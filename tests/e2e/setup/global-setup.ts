// Builds the app once and serves the production build (service worker on)
// on a free port for every e2e test file.
import type { TestProject } from 'vitest/node';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../../scripts/build-app.ts';
import { serveStatic, type StaticServer } from '../../../scripts/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: StaticServer | undefined;

export async function setup(project: TestProject) {
  server = await serveStatic(await buildApp(fileURLToPath(new URL('../../artifacts/dist', import.meta.url))));
  project.provide('baseUrl', server.url);
}

export async function teardown() {
  await server?.close();
}
