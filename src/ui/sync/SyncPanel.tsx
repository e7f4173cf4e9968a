// The sync panel in settings: sign up or in (name, password; the server's
// address under "advanced"), then the status in words, "sync now", sign out
// (asking whether this phone keeps its data) and deleting the account.
import '../../i18n/messages/sync/index.ts';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/catalog.ts';
import type { Store } from '../store.ts';
import { now } from '../../clock.ts';
import { DB_NAME } from '../../storage/db.ts';
import { defaultServer, type SyncIssue, type SyncRunner, type SyncStatus } from './sync-runner.ts';

const ISSUES: Record<SyncIssue, MessageKey> = {
  password: 'syncIssuePassword', session: 'syncIssueSession', 'name-taken': 'syncIssueNameTaken',
  forbidden: 'syncIssueForbidden', server: 'syncIssueServer', offline: 'syncIssueOffline',
};
const MIN_PASSWORD = 8;

export function SyncPanel({ store }: { store: Store }) {
  const { t } = useI18n();
  const [runner, setRunner] = useState<SyncRunner | null>(null);
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [form, setForm] = useState({ name: '', password: '', server: '' });
  const [asking, setAsking] = useState<'signout' | 'delete' | null>(null);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let off = () => {};
    void store.syncRunner().then((r) => {
      setRunner(r);
      setStatus(r.status);
      setForm((f) => ({ ...f, name: r.status.account?.name ?? f.name, server: r.status.account?.server ?? defaultServer() }));
      off = r.subscribe(setStatus);
      void r.refresh();
    });
    return () => off();
  }, []);
  // A minute on, "synced 2 minutes ago" says 3.
  const [, tick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => tick((n) => n + 1), 60_000);
    return () => clearInterval(id);
  }, []);
  if (!runner || !status) return <p>{t('loading')}</p>;

  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch {
      setProblem(runner.status.issue ? ISSUES[runner.status.issue] : 'syncIssueServer');
    } finally {
      setBusy(false);
    }
  };
  const account = (how: 'signUp' | 'signIn') => {
    if (!form.name.trim() || form.password.length < MIN_PASSWORD) return setProblem('syncNeedName');
    void act(async () => {
      await runner[how](form.server || defaultServer(), form.name.trim(), form.password);
      setForm((f) => ({ ...f, password: '' }));
    });
  };
  const signedIn = status.account !== null && status.issue !== 'session';
  const shownProblem = problem ?? (status.state === 'error' && status.issue ? ISSUES[status.issue] : null);

  return (
    <div class="sync-panel">
      <p class="sync-status" role="status" data-testid="sync-status" data-state={status.state} data-pending={status.pending}>
        {statusText(status, t)}
      </p>
      {shownProblem && <p class="problem" role="alert" data-testid="sync-problem">{t(shownProblem)}</p>}
      {signedIn ? (
        <>
          <p data-testid="sync-account">{t('syncSignedInAs', { name: status.account!.name })}</p>
          <button class="secondary" data-testid="sync-now" disabled={status.state === 'syncing'} onClick={() => void runner.syncNow()}>{t('syncNow')}</button>
          {asking === null && (
            <>
              <button class="secondary" data-testid="sync-signout" onClick={() => setAsking('signout')}>{t('syncSignOut')}</button>
              <button class="secondary danger" data-testid="sync-delete-account" onClick={() => setAsking('delete')}>{t('syncDeleteAccount')}</button>
            </>
          )}
          {asking === 'signout' && (
            <div class="sync-ask" role="group" aria-label={t('syncSignOutAsk')}>
              <p>{t('syncSignOutAsk')}</p>
              <button class="secondary" data-testid="sync-signout-keep" disabled={busy} onClick={() => void act(async () => { await runner.signOut(); setAsking(null); })}>{t('syncKeepData')}</button>
              <button class="secondary danger" data-testid="sync-signout-remove" disabled={busy} onClick={() => void act(async () => { await runner.signOut(); await removeEverything(store); })}>{t('syncRemoveData')}</button>
              <button class="secondary" onClick={() => setAsking(null)}>{t('syncCancel')}</button>
            </div>
          )}
          {asking === 'delete' && (
            <div class="sync-ask" role="group" aria-label={t('syncDeleteAsk')}>
              <p>{t('syncDeleteAsk')}</p>
              <button class="secondary danger" data-testid="sync-delete-confirm" disabled={busy} onClick={() => void act(async () => { await runner.deleteAccount(); setAsking(null); })}>{t('syncDeleteConfirm')}</button>
              <button class="secondary" onClick={() => setAsking(null)}>{t('syncCancel')}</button>
            </div>
          )}
        </>
      ) : (
        <form class="sync-form" onSubmit={(e) => { e.preventDefault(); account('signIn'); }}>
          <label class="field">
            <span>{t('syncName')}</span>
            <input data-testid="sync-name" autocomplete="username" autocapitalize="none" spellcheck={false} value={form.name} onInput={(e) => setForm({ ...form, name: (e.target as HTMLInputElement).value })} />
          </label>
          <label class="field">
            <span>{t('syncPassword')}</span>
            <input data-testid="sync-password" type="password" autocomplete="current-password" minLength={MIN_PASSWORD} value={form.password} onInput={(e) => setForm({ ...form, password: (e.target as HTMLInputElement).value })} />
          </label>
          <details>
            <summary>{t('syncServer')}</summary>
            <input data-testid="sync-server" type="url" inputMode="url" value={form.server} onInput={(e) => setForm({ ...form, server: (e.target as HTMLInputElement).value })} />
          </details>
          <button class="primary" type="submit" data-testid="sync-signin" disabled={busy}>{t('syncSignIn')}</button>
          <button class="secondary" type="button" data-testid="sync-signup" disabled={busy || status.issue === 'session'} onClick={() => account('signUp')}>{t('syncSignUp')}</button>
        </form>
      )}
    </div>
  );
}

function statusText(s: SyncStatus, t: ReturnType<typeof useI18n>['t']): string {
  if (s.state === 'off') return t('syncStateOff');
  if (s.state === 'syncing') return t('syncStateSyncing', { percent: s.percent ?? 0 });
  if (s.state === 'offline') return t('syncStateOffline', { pending: s.pending });
  if (s.lastAt === null) return t('syncStateNever');
  return t('syncStateSynced', { minutes: Math.max(0, Math.floor((now().getTime() - s.lastAt) / 60_000)) });
}

/** Everything on this phone removed (the learner signed out and chose so): the database deleted, the app started afresh. */
async function removeEverything(store: Store): Promise<void> {
  store.closeDatabase();
  await new Promise((resolve) => {
    const deleting = indexedDB.deleteDatabase(DB_NAME);
    // Blocked: another tab holds it; it lets go when told (storage/db.ts), and the deletion goes on then.
    deleting.onsuccess = deleting.onerror = deleting.onblocked = resolve;
  });
  location.reload();
}
