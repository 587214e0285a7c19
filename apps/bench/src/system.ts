/**
 * Machine-wide CPU time from /proc/stat: the benchmark shares its machine with whatever else
 * runs, and says how much CPU went to others while it measured.
 */
import { readFileSync } from 'node:fs';
import { sleep } from './stats';

/** Linux reports /proc/stat in USER_HZ ticks, 100 per second on every common build. */
const ticksPerSecond = 100;

/** Busy CPU seconds summed over all cores since boot, or null off Linux. */
export function busyCpuSeconds(): number | null {
  try {
    const line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    const [label, ...fields] = line.trim().split(/\s+/);
    if (label !== 'cpu') return null;
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] =
      fields.map(Number);
    return (user + nice + system + irq + softirq + steal) / ticksPerSecond;
  } catch {
    return null;
  }
}

/**
 * Waits until the machine is nearly idle (under `cores` busy, sampled over 2 s), at most
 * `maxWaitMs`. Returns how busy it was at the last sample (cores), or null off Linux.
 */
export async function waitForQuiet(maxWaitMs: number, cores = 0.3): Promise<number | null> {
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    const before = busyCpuSeconds();
    if (before === null) return null;
    await sleep(2000);
    const busy = ((busyCpuSeconds() ?? before) - before) / 2;
    if (busy < cores || Date.now() > deadline) return busy;
  }
}
