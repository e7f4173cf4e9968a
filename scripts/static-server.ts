// A plain static file server (no Vite, no fallback to index.html), the kind
// Lovi is deployed behind, serving a folder under a path prefix. Tests can
// stop it to prove the app needs no network, or swap the folder to ship an update.
import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2',
};

const COMPRESSED = /^(text\/|application\/(json|manifest\+json)|image\/svg)/;

/** A file's gzip, made once per version of it (the tests ask for the same files again and again). */
const gzipCache = new Map<string, { mtime: number; size: number; body: Buffer }>();
function gzipped(file: string): Buffer {
  const { mtimeMs, size } = statSync(file);
  const kept = gzipCache.get(file);
  if (kept && kept.mtime === mtimeMs && kept.size === size) return kept.body;
  const body = gzipSync(readFileSync(file));
  gzipCache.set(file, { mtime: mtimeMs, size, body });
  return body;
}

export interface StaticServer {
  url: string;
  /** Every path requested so far, in order (tests count downloads with it). */
  requests: string[];
  /** The folder served; change it to serve another build. */
  root: string;
  close(): Promise<void>;
}

/** A path of the same origin handed to another server, as a deployment's reverse proxy does (deploy/Caddyfile: /db/ to CouchDB). */
export interface Proxy {
  prefix: string;
  /** The other server's address, ending in /. */
  target: () => string;
}

/** `port` 0 picks a free one; a test that stops the server can start another on the same origin. */
export async function serveStatic(root: string, prefix = '/', port = 0, proxy?: Proxy): Promise<StaticServer> {
  const state = { root };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (proxy && path.startsWith(proxy.prefix)) return forward(req, res, new URL((req.url ?? '/').slice(proxy.prefix.length), proxy.target()));
    requests.push(path);
    if (!path.startsWith(prefix)) return void res.writeHead(404).end();
    let file = normalize(join(state.root, path.slice(prefix.length)));
    if (!file.startsWith(normalize(state.root))) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404).end();
    // As a deployment should be configured: files under assets/ have content hashes in their names
    // and never change, so the browser keeps them (and the service worker's precache takes them from
    // the HTTP cache instead of downloading them again); everything else (sw.js, index.html) is revalidated.
    const immutable = path.startsWith(`${prefix}assets/`);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    // Text gzipped, as deploy/Caddyfile's `encode gzip` does: the audit's slow network then carries what a learner's would.
    const gzip = COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    res.writeHead(200, {
      'Content-Type': type,
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipped(file) : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}${prefix}`,
    requests,
    get root() { return state.root; },
    set root(dir: string) { state.root = dir; },
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** The request passed on as it came (method, headers, body), the answer passed back; no answer: 502, as a proxy says. */
function forward(req: IncomingMessage, res: ServerResponse, to: URL): void {
  const out = request(to, { method: req.method, headers: { ...req.headers, host: to.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  out.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(out);
}
