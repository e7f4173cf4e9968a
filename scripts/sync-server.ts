// A CouchDB-protocol server for the sync tests and for trying sync locally:
// express-pouchdb (PouchDB's CouchDB-compatible HTTP server) in memory, on
// loopback. It has CouchDB's accounts (_users, _session cookies) and
// per-database _security, but not couch_peruser: that part is done here the
// way CouchDB does it (a user created → their database `userdb-<hex of name>`
// made, readable and writable by them alone; the user deleted → it goes), a
// moment after the signup's answer, as in CouchDB (the app waits for it).
// What else differs from CouchDB 3: docs/sync.md.
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { userDatabase } from '../src/sync/couch.ts';

const require = createRequire(import.meta.url);

/** Sessions as long as a learner's gap between studies: 30 days (deploy/couchdb.ini sets the same). */
const SESSION_SECONDS = 2_592_000;

export const ADMIN = { name: 'lovi-admin', password: 'lovi-admin-password' };

export interface SyncServer {
  /** The server's address, ending in / (what the app's sync-server setting takes). */
  url: string;
  /** Stops answering (connections cut) and starts again on the same port, the data kept: a restart of the service. */
  restart(): Promise<void>;
  /** Answers nothing until `resume` (the network cut). */
  stop(): Promise<void>;
  resume(): Promise<void>;
  close(): Promise<void>;
}

export async function startSyncServer(port = 0): Promise<SyncServer> {
  const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-mapreduce')).plugin(require('pouchdb-replication'));
  const Memory = PouchDB.defaults({ adapter: 'memory' });
  const express = require('express');
  const pouch = require('express-pouchdb')(Memory, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null', overrideMode: { exclude: ['routes/fauxton'] } });
  await new Promise<void>((resolve, reject) => pouch.couchConfig.set('admins', ADMIN.name, ADMIN.password, (e: unknown) => (e ? reject(e) : resolve())));
  // CouchDB's default is 10 minutes.
  await new Promise<void>((resolve) => pouch.couchConfig.set('couch_httpd_auth', 'timeout', String(SESSION_SECONDS), () => resolve()));

  const app = express();
  let address = '';
  const url = () => address;
  // couch_peruser: after a user document is written or removed, their database follows.
  app.use((req: { method: string; path: string }, res: { statusCode: number; on(e: string, f: () => void): void }, next: () => void) => {
    const m = /^\/_users\/org\.couchdb\.user(?::|%3A)(.+)$/i.exec(req.path);
    if (m && (req.method === 'PUT' || req.method === 'DELETE')) {
      const name = decodeURIComponent(m[1]!);
      res.on('finish', () => {
        if (res.statusCode >= 300) return;
        void (req.method === 'PUT' ? createUserDatabase(url(), name) : deleteUserDatabase(url(), name));
      });
    }
    next();
  });
  // allow_persistent_cookies, as CouchDB 3 has it: the session cookie lasts its timeout, so a session
  // survives the browser's restart (express-pouchdb sends a cookie that ends with the browser).
  app.use((_req: unknown, res: { setHeader(name: string, value: unknown): unknown }, next: () => void) => {
    const set = res.setHeader.bind(res);
    res.setHeader = (name, value) => set(name, name.toLowerCase() === 'set-cookie' ? ([] as string[]).concat(value as string | string[]).map(persistent) : value);
    next();
  });
  app.use('/', pouch);

  let server: Server = createServer(app);
  await listen(server, port);
  const chosen = (server.address() as AddressInfo).port;
  address = `http://127.0.0.1:${chosen}/`;
  let stopped = false;
  const close = () => new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
  return {
    url: address,
    async restart() {
      await close();
      server = createServer(app);
      await listen(server, chosen);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await close();
    },
    async resume() {
      if (!stopped) return;
      stopped = false;
      server = createServer(app);
      await listen(server, chosen);
    },
    close,
  };
}

/** The session's cookie made to last the session's timeout (a cookie being cleared is left as it is). */
function persistent(cookie: string): string {
  if (!cookie.startsWith('AuthSession=') || /expires=Thu, 01 Jan 1970/i.test(cookie)) return cookie;
  return `${cookie.split(';').filter((part) => !/^\s*(max-age|expires)=/i.test(part)).join(';')}; Max-Age=${SESSION_SECONDS}`;
}

/** As couch_peruser does: the database, and a _security document that makes the user its only member (admins aside). */
async function createUserDatabase(url: string, name: string): Promise<void> {
  const auth = { Authorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`, 'Content-Type': 'application/json' };
  const db = `${url}${userDatabase(name)}`;
  await fetch(db, { method: 'PUT', headers: auth });
  await fetch(`${db}/_security`, { method: 'PUT', headers: auth, body: JSON.stringify({ admins: { names: [], roles: [] }, members: { names: [name], roles: [] } }) });
}

async function deleteUserDatabase(url: string, name: string): Promise<void> {
  const auth = { Authorization: `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}` };
  await fetch(`${url}${userDatabase(name)}`, { method: 'DELETE', headers: auth });
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
}

// `npm run sync-server`: the same server on 5984 (LOVI_SYNC_PORT), for trying sync with `npm start` or `npm run dev`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await startSyncServer(Number(process.env.LOVI_SYNC_PORT ?? 5984));
  console.log(`CouchDB-protocol server (in memory, lost when stopped) at ${server.url}; the app reaches it at /db/`);
}
