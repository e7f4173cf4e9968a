// The optimiser section's state: how much history there is → (enough) fit →
// progress → result → apply (only a better fit) or leave; go back to the
// previous parameters at any time. One worker per fit, stopped by cancel or
// when the section closes; nothing is written until the learner applies.
import { useEffect, useRef, useState } from 'preact/hooks';
import { now } from '../../clock.ts';
import { isEnough, missingHistory, type HistorySize } from '../../optimise/enough.ts';
import { withFit, withPrevious } from '../../optimise/apply.ts';
import type { FitRecord } from '../../optimise/fit-record.ts';
import { keepOptimiserOffline, OptimiseJob } from '../../optimise/optimise-job.ts';
import type { OptimiseReply, OptimiserStage } from '../../optimise/protocol.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import type { Store } from '../store.ts';

export type OptimisePhase =
  | { name: 'idle' }
  | { name: 'running'; stage: OptimiserStage; done: number; total: number; since: number }
  | { name: 'result'; w: number[]; fit: FitRecord }
  | { name: 'not-enough' }
  | { name: 'failed'; problem: 'offline' | 'failed' }
  | { name: 'stopped' }
  | { name: 'applied' }
  | { name: 'restored' };

export function useOptimise(store: Store, settings: StudySettings) {
  const [history, setHistory] = useState<{ have: HistorySize; missing: HistorySize } | null>(null);
  const [phase, setPhase] = useState<OptimisePhase>({ name: 'idle' });
  const [offlineReady, setOfflineReady] = useState(false);
  const job = useRef<OptimiseJob | null>(null);

  useEffect(() => () => job.current?.end(), []);
  // Read again whenever the settings change: a backup imported on this screen brings history (and new settings).
  useEffect(() => {
    let live = true;
    void store.data.historySize().then((have) => {
      if (!live) return;
      const missing = missingHistory(have);
      setHistory({ have, missing });
      // Enough history: fetch the optimiser now, while there is a network, so a fit works offline later.
      if (isEnough(missing)) void keepOptimiserOffline().then((kept) => live && setOfflineReady(kept), () => undefined);
    }, () => undefined);
    return () => {
      live = false;
    };
  }, [settings]);

  const onReply = (reply: OptimiseReply) => {
    if (reply.type === 'progress') {
      setPhase((p) => ({ name: 'running', stage: reply.stage, done: reply.done, total: reply.total, since: p.name === 'running' ? p.since : Date.now() }));
      return;
    }
    job.current = null;
    if (reply.type === 'failed') setPhase({ name: 'failed', problem: reply.problem });
    else if (reply.outcome.type === 'not-enough') {
      setHistory({ have: reply.outcome.have, missing: reply.outcome.missing });
      setPhase({ name: 'not-enough' });
    } else setPhase({ name: 'result', w: reply.outcome.w, fit: reply.outcome.fit });
  };

  return {
    history,
    enough: !!history && isEnough(history.missing),
    phase,
    offlineReady,
    start() {
      job.current?.end();
      setPhase({ name: 'running', stage: 'loading', done: 0, total: 0, since: Date.now() });
      job.current = new OptimiseJob({
        type: 'run', current: settings.fsrsParameters, desiredRetention: settings.desiredRetention,
        maximumInterval: settings.maximumInterval, at: now().getTime(),
      }, onReply);
    },
    cancel() {
      job.current?.end();
      job.current = null;
      setPhase({ name: 'stopped' });
    },
    /** `reschedule`: due dates follow the new parameters too (asked for; off by default). */
    async apply(reschedule = false) {
      if (phase.name !== 'result') return;
      await store.saveSettings(withFit(settings, phase.w, phase.fit), { reschedule });
      setPhase({ name: 'applied' });
    },
    async restore() {
      await store.saveSettings(withPrevious(settings));
      setPhase({ name: 'restored' });
    },
  };
}
