// Builds the app as learners get it (production, service worker on) into a
// folder of its own and serves it on a free loopback port.
import { buildApp } from '../build-app.ts';
import { serveStatic, type StaticServer } from '../static-server.ts';

export async function serveProductionBuild(outDir: string): Promise<{ url: string; server: StaticServer }> {
  const server = await serveStatic(await buildApp(outDir));
  return { url: server.url, server };
}
