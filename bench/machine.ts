import os from 'node:os';

export interface Machine {
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGiB: number;
  readonly node: string;
  /** Load average at the start: figures on a busy machine are slower, ratios less so. */
  readonly loadAverage: number;
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  return {
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverage: Math.round(os.loadavg()[0]! * 100) / 100,
  };
}

const idleAndTotal = (): { idle: number; total: number } => os.cpus().reduce((sum, c) => ({ idle: sum.idle + c.times.idle, total: sum.total + c.times.user + c.times.nice + c.times.sys + c.times.idle + c.times.irq }), { idle: 0, total: 0 });

/** Share of CPU time idle over the next `ms` (all cores), 0–1. */
async function idleShare(ms: number): Promise<number> {
  const a = idleAndTotal();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const b = idleAndTotal();
  return b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : 1;
}

/**
 * Waits until the CPUs are at least `share` idle over one second, at most `maxMs`, and
 * returns the idle share last measured. Page loads take 100–600 ms on 2 cores: the tail of
 * the bench's own webpack build, or a neighbour's, would otherwise fall into them (the
 * 1-minute load average lags by minutes, so it is reported, not waited on).
 */
export async function waitForQuiet(share = 0.9, maxMs = 90_000): Promise<{ idle: number; waitedMs: number }> {
  const start = Date.now();
  let idle = await idleShare(1000);
  while (idle < share && Date.now() - start < maxMs) idle = await idleShare(1000);
  return { idle: Math.round(idle * 1000) / 1000, waitedMs: Date.now() - start };
}
