// The one module that speaks to the server: CouchDB's HTTP API, the parts
// sync needs (its replication protocol's changes feed, bulk writes and reads
// of named documents; accounts and sessions). Requests carry the session
// cookie (same origin: the app and CouchDB behind one address, so cookies work
// on iOS Safari too); no password is kept, here or anywhere.
// A failure is a CouchError saying what kind it is, so the status line can say
// it in the learner's words: offline (no answer), refused (401/403), gone (404),
// or the server's trouble.

export type CouchProblem = 'offline' | 'unauthorised' | 'forbidden' | 'not-found' | 'conflict' | 'name-taken' | 'server';

export class CouchError extends Error {
  constructor(readonly problem: CouchProblem, readonly status = 0) {
    super(`CouchDB: ${problem}${status ? ` (${status})` : ''}`);
  }
}

/** CouchDB's couch_peruser database of a user: `userdb-` and the hex of the name's UTF-8 bytes. */
export function userDatabase(name: string): string {
  return `userdb-${Array.from(new TextEncoder().encode(name), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

type Fetch = typeof fetch;

export class Couch {
  constructor(readonly server: string, private readonly fetcher: Fetch = (...a) => fetch(...a)) {}

  private async request<T>(method: string, path: string, body?: unknown, { allow = [] as number[] } = {}): Promise<{ status: number; json: T }> {
    let response: Response;
    try {
      response = await this.fetcher(new URL(path, this.server), {
        method, credentials: 'include', cache: 'no-store',
        headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    } catch {
      throw new CouchError('offline');
    }
    const json = (await response.json().catch(() => ({}))) as T;
    if (response.ok || allow.includes(response.status)) return { status: response.status, json };
    throw new CouchError(problemOf(response.status), response.status);
  }

  /** A new account (CouchDB's _users database takes a signup from anyone; couch_peruser then makes its database). */
  async signUp(name: string, password: string): Promise<void> {
    try {
      await this.request('PUT', `_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, { _id: `org.couchdb.user:${name}`, name, password, roles: [], type: 'user' });
    } catch (e) {
      throw e instanceof CouchError && e.problem === 'conflict' ? new CouchError('name-taken', 409) : e;
    }
  }

  /** A session (its cookie set by the server) for the name and password. */
  async signIn(name: string, password: string): Promise<void> {
    await this.request('POST', '_session', { name, password });
  }

  /** Who the session is of, or null when there is none (expired, or signed out). */
  async sessionName(): Promise<string | null> {
    const { json } = await this.request<{ userCtx?: { name?: string | null } }>('GET', '_session');
    return json.userCtx?.name ?? null;
  }

  async signOut(): Promise<void> {
    await this.request('DELETE', '_session');
  }

  /** The account's user document removed: CouchDB (couch_peruser with delete_dbs) then removes its database. */
  async deleteAccount(name: string): Promise<void> {
    const id = encodeURIComponent(`org.couchdb.user:${name}`);
    const { json } = await this.request<{ _rev: string }>('GET', `_users/${id}`);
    await this.request('DELETE', `_users/${id}?rev=${encodeURIComponent(json._rev)}`);
  }

  /** Changes of the database after `since`, each with its document's winning revision, at most `limit`. */
  async changes<D>(db: string, since: string, limit: number): Promise<{ docs: D[]; lastSeq: string; pending: number }> {
    const { json } = await this.request<{ results: { id: string; deleted?: boolean; doc?: D }[]; last_seq: string | number; pending?: number }>(
      'GET', `${db}/_changes?include_docs=true&style=main_only&since=${encodeURIComponent(since)}&limit=${limit}`,
    );
    // CouchDB says how many changes are left; a server that does not (PouchDB's) has more while a page comes back full.
    const pending = json.pending ?? (json.results.length >= limit ? 1 : 0);
    return { docs: json.results.filter((r) => !r.deleted && r.doc).map((r) => r.doc!), lastSeq: String(json.last_seq), pending };
  }

  /** Writes documents, each with the revision it replaces (none: a new one); each one's outcome. */
  async bulkDocs(db: string, docs: readonly object[]): Promise<({ id: string; rev: string } | { id: string; error: string })[]> {
    const { json } = await this.request<({ id: string; rev: string } | { id: string; error: string })[]>('POST', `${db}/_bulk_docs`, { docs });
    return json;
  }

  /** The documents of these names (those there are). */
  async getDocs<D>(db: string, ids: readonly string[]): Promise<D[]> {
    const { json } = await this.request<{ rows: { doc?: D | null }[] }>('POST', `${db}/_all_docs?include_docs=true`, { keys: ids });
    return json.rows.flatMap((r) => (r.doc ? [r.doc] : []));
  }
}

function problemOf(status: number): CouchProblem {
  if (status === 401) return 'unauthorised';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  return 'server';
}
