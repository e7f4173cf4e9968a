// A slow phone for work that runs in a Web Worker. Chromium's CPU throttling
// (Emulation.setCPUThrottlingRate) slows a page's main thread only: sent to a
// dedicated worker it answers "Operation is only supported for pages, not
// workers", and a fit in the worker took 1.1× as long under "4×". So this
// process (and every browser it starts from then on) is put in a cgroup
// capped at 1/rate of one core: single-threaded work runs `rate` times
// slower. It needs cgroup v1's cpu controller writable (root in this VM);
// elsewhere capCpu answers false and the benchmark says the cap is missing.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

const ROOT = '/sys/fs/cgroup/cpu';
const GROUP = `${ROOT}/lovi-bench`;
const PERIOD_US = 100_000;

/** Caps this process and what it starts later at 1/rate of a core (rate 1: no cap). True when it took effect. */
export function capCpu(rate: number): boolean {
  try {
    if (rate === 1) {
      writeFileSync(`${ROOT}/cgroup.procs`, String(process.pid));
      return true;
    }
    if (!existsSync(GROUP)) mkdirSync(GROUP);
    writeFileSync(`${GROUP}/cpu.cfs_period_us`, String(PERIOD_US));
    writeFileSync(`${GROUP}/cpu.cfs_quota_us`, String(Math.round(PERIOD_US / rate)));
    writeFileSync(`${GROUP}/cgroup.procs`, String(process.pid));
    return true;
  } catch {
    return false;
  }
}
