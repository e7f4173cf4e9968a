// The scheduling settings in force over time, on each device. A review is
// replayed through the scheduler its device had when it was made, so
// changing the desired retention or applying fitted parameters today leaves
// every past interval as it was given (FSRS settings change future intervals
// only), and a change made on another device, merged later, changes nothing
// this device scheduled. Each change is a record of its own, written once by
// the device that made it, so replicating them never conflicts.
import { createScheduler, type Scheduler } from '../schedule/scheduler.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../schedule/settings.ts';

export const SCHEDULING_KEYS = ['desiredRetention', 'maximumInterval', 'fuzz', 'learningSteps', 'relearningSteps', 'fsrsParameters'] as const;
export type SchedulingSettings = Pick<StudySettings, (typeof SCHEDULING_KEYS)[number]>;

export interface ScheduleChange {
  /** `<device>:<at>`: unique, and the same on every device that holds it. */
  id: string;
  device: string;
  /** In force from this moment (ms). */
  at: number;
  settings: SchedulingSettings;
  /**
   * New FSRS parameters (a fit applied, or the way back): from this moment every card's memory
   * (stability, difficulty) is what its reviews give with them (Anki's "memory states follow the
   * parameters"); due dates stay (history/replay.ts). On every card, whichever device made it.
   */
  memory?: true;
  /**
   * With `memory`, asked for by the learner (Anki's "reschedule cards on change", off by default):
   * a card in review is also due when the new parameters would have had it due from its last review.
   */
  reschedule?: true;
}

export function schedulingOf(s: SchedulingSettings): SchedulingSettings {
  const out = {} as Record<string, unknown>;
  for (const k of SCHEDULING_KEYS) out[k] = s[k];
  return out as unknown as SchedulingSettings;
}

export function sameScheduling(a: SchedulingSettings, b: SchedulingSettings): boolean {
  return SCHEDULING_KEYS.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

export class Timeline {
  /** Each device's changes, in time order. */
  private readonly byDevice = new Map<string, ScheduleChange[]>();
  private readonly schedulers = new Map<ScheduleChange | null, Scheduler>();

  /** Before a device's first change, FSRS's defaults (what a device that never changed a setting schedules with). */
  constructor(changes: readonly ScheduleChange[], private readonly initial: SchedulingSettings = DEFAULT_SETTINGS) {
    for (const c of [...changes].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1))) {
      const list = this.byDevice.get(c.device);
      if (list) list.push(c);
      else this.byDevice.set(c.device, [c]);
    }
  }

  schedulerAt(at: number, device: string): Scheduler {
    const change = this.changeAt(at, device);
    let s = this.schedulers.get(change);
    if (!s) this.schedulers.set(change, (s = createScheduler(change?.settings ?? this.initial)));
    return s;
  }

  /** The device's last change at or before `at` (changes are few: a handful a year). */
  private changeAt(at: number, device: string): ScheduleChange | null {
    let found: ScheduleChange | null = null;
    for (const c of this.byDevice.get(device) ?? []) {
      if (c.at > at) break;
      found = c;
    }
    return found;
  }

  /** What the device scheduled with at `at`. */
  settingsAt(at: number, device: string): SchedulingSettings {
    return this.changeAt(at, device)?.settings ?? this.initial;
  }

  /** What the device schedules with now. */
  latest(device: string): SchedulingSettings {
    return this.byDevice.get(device)?.at(-1)?.settings ?? this.initial;
  }

  /** The parameter changes every card's memory follows, in time order (all devices'). */
  get memoryChanges(): readonly ScheduleChange[] {
    this.memory ??= [...this.byDevice.values()].flat().filter((c) => c.memory).sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    return this.memory;
  }

  private memory: ScheduleChange[] | undefined;

  /** A scheduler of these settings (one per change, kept). */
  schedulerOf(change: ScheduleChange): Scheduler {
    let s = this.schedulers.get(change);
    if (!s) this.schedulers.set(change, (s = createScheduler(change.settings)));
    return s;
  }
}
