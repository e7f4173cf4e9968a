// Compiles content/ into decks at dev and build time. The app imports
// `virtual:lovi-decks` (the deck index: titles, counts, and the URL of each
// compiled deck). In a build each deck is a hashed asset, so the service
// worker precaches it and an unchanged deck is never downloaded again.
import type { Plugin, ResolvedConfig } from 'vite';
import { resolve } from 'node:path';
import { compileDeck, deckSummary, formatDiagnostic, summarise, type CompiledDeck, type DeckSummary } from '../src/deck/index.ts';
import { loadContentFolder } from './deck-files.ts';

const VIRTUAL_ID = 'virtual:lovi-decks';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const DEV_PREFIX = '/@lovi-decks/';

export function decksPlugin(options: { contentDir?: string } = {}): Plugin {
  let config: ResolvedConfig;
  let contentDir = '';
  let compiled: CompiledDeck[] | null = null;

  const compileAll = (fail: (message: string) => never, warn: (message: string) => void): CompiledDeck[] => {
    if (compiled) return compiled;
    const results = loadContentFolder(contentDir).map((input) => compileDeck(input));
    const errors = results.flatMap((r) => r.report.diagnostics.filter((d) => d.severity === 'error'));
    if (errors.length) fail(`content/ has errors; no deck was built:\n${errors.map(formatDiagnostic).join('\n')}`);
    for (const r of results) {
      if (r.report.counts.warnings) warn(`deck ${r.deck!.id}: ${summarise(r.report.counts)} (details: npm run deck -- check content/${r.deck!.id})`);
    }
    compiled = results.map((r) => r.deck!);
    return compiled;
  };

  return {
    name: 'lovi-decks',
    configResolved(resolved) {
      config = resolved;
      contentDir = resolve(config.root, options.contentDir ?? 'content');
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      this.addWatchFile(contentDir);
      const decks = compileAll((m) => this.error(m), (m) => config.logger.info(m));
      if (config.command === 'serve') {
        const index: DeckSummary[] = decks.map((d) => deckSummary(d, `${config.base}${DEV_PREFIX.slice(1)}${d.id}.json`));
        return `export const decks = ${JSON.stringify(index)};`;
      }
      const rows = decks.map((deck) => {
        const ref = this.emitFile({ type: 'asset', name: `${deck.id}.json`, source: JSON.stringify(deck) });
        const row = JSON.stringify(deckSummary(deck, '__FILE__'));
        return row.replace('"__FILE__"', `import.meta.ROLLUP_FILE_URL_${ref}`);
      });
      return `export const decks = [${rows.join(',')}];`;
    },
    configureServer(server) {
      server.watcher.add(contentDir);
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(contentDir)) return;
        compiled = null;
        const mod = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      });
      server.middlewares.use((req, res, next) => {
        const at = req.url?.indexOf(DEV_PREFIX) ?? -1;
        if (at < 0) return next();
        const id = req.url!.slice(at + DEV_PREFIX.length).replace(/\.json(\?.*)?$/, '');
        try {
          const deck = compileAll((m) => { throw new Error(m); }, () => {}).find((d) => d.id === id);
          if (!deck) return next();
          res.setHeader('Content-Type', 'application/json; charset=utf-8');
          res.end(JSON.stringify(deck));
        } catch (e) {
          res.statusCode = 500;
          res.end((e as Error).message);
        }
      });
    },
  };
}
