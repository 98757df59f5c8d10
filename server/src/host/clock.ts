/**
 * Simulated time. Every host operation waits on a Clock, so tests run on a
 * VirtualClock (no real waiting, exact durations) and the editor runs on a
 * RealClock scaled by a speed factor.
 */
import { abortError } from './errors';

export interface Clock {
  /** milliseconds since the epoch, in simulated time */
  now(): number;
  /** resolves after `ms` of simulated time; rejects with HostError 'aborted' */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Typical operations (boot, a 1 GiB migration) finish in a few seconds. */
export const DEFAULT_SPEED = 20;

/**
 * Simulated time running `speed` times faster than the wall clock, from an
 * anchor. Processes sharing a cluster anchor at the cluster's creation time
 * (see anchorAt), so with the same speed their timestamps agree.
 * Speed `Infinity` is the instant mode: sleeps end at the next tick and
 * simulated time jumps forward by the time slept.
 */
export class RealClock implements Clock {
  private anchor = Date.now();
  /** instant mode: simulated time skipped by sleeps */
  private skipped = 0;

  constructor(readonly speed: number = DEFAULT_SPEED) {
    if (!(speed > 0)) throw new RangeError(`clock speed must be positive, got ${speed}`);
  }

  /** Makes simulated time count from `ms`, e.g. the cluster's creation time, which every process reads from the journal. */
  anchorAt(ms: number): void {
    if (Number.isFinite(ms) && ms > 0) this.anchor = ms;
  }

  now(): number {
    const rate = Number.isFinite(this.speed) ? this.speed : DEFAULT_SPEED;
    return Math.round(this.anchor + (Date.now() - this.anchor) * rate + this.skipped);
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    const instant = !Number.isFinite(this.speed);
    const realMs = instant ? 0 : Math.max(0, ms) / this.speed;
    return new Promise((resolve, reject) => {
      if (signal?.aborted) { reject(abortError('operation')); return; }
      const onAbort = (): void => { clearTimeout(timer); reject(abortError('operation')); };
      const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        if (instant) this.skipped += Math.max(0, ms);
        resolve();
      }, realMs);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
}

interface Timer {
  readonly at: number;
  readonly seq: number;
  readonly resolve: () => void;
}

/**
 * Discrete-event time for tests. With `autoAdvance` (the default) the clock
 * jumps to the earliest pending timer whenever the program has nothing else
 * to do, so concurrent operations overlap correctly and finish instantly.
 * Without it, time only moves through `advance()`, which lets a test look at
 * the state in the middle of an operation.
 */
export class VirtualClock implements Clock {
  private current: number;
  private readonly timers: Timer[] = [];
  private seq = 0;
  private drainScheduled = false;
  readonly autoAdvance: boolean;

  constructor(options: { start?: number; autoAdvance?: boolean } = {}) {
    this.current = options.start ?? Date.UTC(2026, 0, 1, 8, 0, 0);
    this.autoAdvance = options.autoAdvance ?? true;
  }

  now(): number {
    return this.current;
  }

  get pendingTimers(): number {
    return this.timers.length;
  }

  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) { reject(abortError('operation')); return; }
      const timer: Timer = {
        at: this.current + Math.max(0, ms),
        seq: this.seq++,
        resolve: () => { signal?.removeEventListener('abort', onAbort); resolve(); },
      };
      const onAbort = (): void => {
        const index = this.timers.indexOf(timer);
        if (index >= 0) this.timers.splice(index, 1);
        reject(abortError('operation'));
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.insert(timer);
      if (this.autoAdvance) this.scheduleDrain();
    });
  }

  /** Moves time forward by `ms`, firing due timers in order and letting their continuations run. */
  async advance(ms: number): Promise<void> {
    const target = this.current + Math.max(0, ms);
    for (;;) {
      await settle();
      const next = this.timers[0];
      if (!next || next.at > target) break;
      this.timers.shift();
      this.current = Math.max(this.current, next.at);
      next.resolve();
    }
    this.current = target;
    await settle();
  }

  private insert(timer: Timer): void {
    let index = this.timers.length;
    while (index > 0 && this.timers[index - 1]!.at > timer.at) index--;
    this.timers.splice(index, 0, timer);
  }

  private scheduleDrain(): void {
    if (this.drainScheduled) return;
    this.drainScheduled = true;
    setImmediate(() => {
      this.drainScheduled = false;
      const next = this.timers.shift();
      if (!next) return;
      this.current = Math.max(this.current, next.at);
      next.resolve();
      if (this.timers.length > 0) this.scheduleDrain();
    });
  }
}

/** Lets pending promise continuations and immediates run. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
