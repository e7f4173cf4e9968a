// Production builds as learners get them (service worker on), for tests, benchmarks and the audit;
// env lets a caller build another base path (LOVI_BASE), version (LOVI_VERSION) or content folder (LOVI_CONTENT).
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));

export async function buildApp(outDir: string, env: Record<string, string> = {}): Promise<string> {
  const saved = { ...process.env };
  Object.assign(process.env, { NODE_ENV: 'production' }, env);
  try {
    // The config reads LOVI_BASE, LOVI_VERSION and LOVI_CONTENT when it is loaded, i.e. now.
    await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
    Object.assign(process.env, saved);
  }
  return outDir;
}
