/** Timing and heap helpers: medians of repeated runs after a warm-up, heap samples around a run. */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface Repeats {
  warmup: number;
  runs: number;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median wall time in ms of `fn` over `runs` runs after `warmup` untimed ones (a GC before each run). */
export async function medianMs(fn: () => unknown, { warmup, runs }: Repeats): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    await collectGarbageAndSettle();
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/**
 * Median wall times of two implementations run alternately (a, b, a, b …) after the warm-up,
 * so that both see the same load on a shared machine: their ratio is what the targets judge.
 */
export async function pairedMedianMs(a: () => unknown, b: () => unknown, repeats: Repeats): Promise<[number, number]> {
  return (await pairedMedians(a, b, repeats)).wall;
}

export interface PairedMedians {
  wall: [number, number];
  /** Main-thread CPU ms (Linux only): what each run cost without the time it waited for a core. */
  cpu?: [number, number];
}

/** pairedMedianMs, with the main thread's CPU time of each run beside its wall time. */
export async function pairedMedians(a: () => unknown, b: () => unknown, { warmup, runs }: Repeats): Promise<PairedMedians> {
  for (let i = 0; i < warmup; i++) (await a(), await b());
  const wall: [number[], number[]] = [[], []];
  const cpu: [number[], number[]] = [[], []];
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of [a, b].entries()) {
      await collectGarbageAndSettle();
      const t0 = performance.now();
      const c0 = threadCpuMs();
      await fn();
      const c1 = threadCpuMs();
      wall[k].push(performance.now() - t0);
      if (c0 !== undefined && c1 !== undefined) cpu[k].push(c1 - c0);
    }
  }
  const medians = (xs: [number[], number[]]): [number, number] => [median(xs[0]), median(xs[1])];
  return { wall: medians(wall), cpu: cpu[0].length === runs && cpu[1].length === runs ? medians(cpu) : undefined };
}

/** CPU time of the main thread so far in ms, from Linux's schedstat (undefined elsewhere). */
export function threadCpuMs(): number | undefined {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return undefined;
  }
}

/** Wall time of one call, for the per-step profile. */
export function timed<T>(times: Record<string, number[]>, step: string, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  (times[step] ??= []).push(performance.now() - t0);
  return out;
}

export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
}

/**
 * A full GC, then a wait until V8's helper threads are done with what it left them (sweeping
 * and freeing pages, which takes 20–50 ms after a GC of a heap holding a million rows of cells):
 * on two cores they took most of one from the run timed next, doubling the wall time of
 * read-every-cell (docs/performance.md, finding 39). Done when the process uses under a fifth of
 * a core over 10 ms, or after a second.
 */
export async function collectGarbageAndSettle(): Promise<void> {
  collectGarbage();
  for (let waited = 0; waited < 1000; waited += 10) {
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const used = process.cpuUsage(before);
    if (used.user + used.system < 2000) return;
  }
}

export function hasGc(): boolean {
  return typeof (globalThis as { gc?: unknown }).gc === 'function';
}

/** JS heap plus ArrayBuffer backing stores (typed arrays live there). */
export function heapBytes(): number {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export const fmt = (x: number, digits = 1) => x.toFixed(digits);
