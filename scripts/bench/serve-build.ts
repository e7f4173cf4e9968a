// Builds the app as learners get it (production, service worker on) into a
// folder of its own and serves it on a free loopback port.
import { build, preview, type PreviewServer } from 'vite';

export async function serveProductionBuild(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { port: 0, strictPort: false, host: '127.0.0.1' } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not report its address');
  return { url, server };
}
