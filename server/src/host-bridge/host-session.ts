/**
 * The one simulated cluster the server talks to. It is opened on first use
 * (so a server that never touches the host never takes its lock) and opened
 * again when the state directory or speed settings change; guest changes are
 * relayed to a listener batched per event-loop turn.
 */
import type { GuestChange, Hypervisor } from '../host/hypervisor';
import { HostError } from '../host/errors';
import { openSimulatedCluster } from '../host/simulated-hypervisor';
import { sameHostSettings, type HostSettings } from './host-settings';

export interface HostSessionOptions {
  /** the settings to use now; called before every host call */
  readonly settings: () => Promise<HostSettings>;
  readonly onGuestsChanged: (changes: readonly GuestChange[]) => void;
  readonly onNotice: (message: string) => void;
  /** real ms to wait for the cluster's lock when opening (default 10 s) */
  readonly openTimeoutMs?: number;
  /** poll the journal for changes made by other processes (the CLI) every this many ms */
  readonly watchIntervalMs?: number;
}

interface Opened {
  readonly settings: HostSettings;
  readonly hypervisor: Hypervisor;
  readonly subscription: { dispose(): void };
  /** calls running on it: a replaced cluster is closed only once they have ended */
  inFlight: number;
  retired: boolean;
}

export class HostSession {
  private opened: Promise<Opened> | undefined;
  private pending: GuestChange[] = [];
  private flush: NodeJS.Immediate | undefined;
  private disposed = false;

  constructor(private readonly options: HostSessionOptions) {}

  /** Runs `call` on the hypervisor for the current settings, opening (or re-opening) the cluster when needed. */
  async use<T>(call: (hypervisor: Hypervisor) => Promise<T>): Promise<T> {
    const opened = await this.current();
    opened.inFlight++;
    try {
      return await call(opened.hypervisor);
    } finally {
      opened.inFlight--;
      if (opened.retired && opened.inFlight === 0) this.close(opened);
    }
  }

  private async current(): Promise<Opened> {
    if (this.disposed) throw new HostError('io', 'the host connection is closed');
    const settings = await this.options.settings();
    const current = this.opened ? await this.opened.catch(() => undefined) : undefined;
    if (current && sameHostSettings(current.settings, settings)) return current;
    if (current) this.retire(current);
    const opening = this.open(settings);
    this.opened = opening;
    opening.catch(() => { if (this.opened === opening) this.opened = undefined; });
    return opening;
  }

  private retire(opened: Opened): void {
    opened.retired = true;
    opened.subscription.dispose();
    if (opened.inFlight === 0) this.close(opened);
  }

  dispose(): void {
    this.disposed = true;
    if (this.flush) clearImmediate(this.flush);
    const opened = this.opened;
    this.opened = undefined;
    void opened?.then((o) => this.retire(o), () => undefined);
  }

  private async open(settings: HostSettings): Promise<Opened> {
    const hypervisor = await openSimulatedCluster({
      stateDir: settings.stateDir,
      speed: Number.isFinite(settings.speed) ? settings.speed : undefined,
      instant: !Number.isFinite(settings.speed),
      lockTimeoutMs: this.options.openTimeoutMs ?? 10_000,
      watchIntervalMs: this.options.watchIntervalMs ?? 1500,
    }).catch((error: unknown) => {
      if (error instanceof HostError) throw error;
      throw new HostError('io', `cannot open the simulated cluster in ${settings.stateDir}: ${error instanceof Error ? error.message : String(error)}`);
    });
    for (const notice of hypervisor.notices()) this.options.onNotice(notice);
    const subscription = hypervisor.onDidChangeGuests((changes) => this.queue(changes));
    return { settings, hypervisor, subscription, inFlight: 0, retired: false };
  }

  private close(opened: Opened): void {
    try { opened.hypervisor.dispose(); } catch { /* closing twice or a closed file is harmless */ }
  }

  /** A deploy of many containers emits many changes; the client hears about them once per turn. */
  private queue(changes: readonly GuestChange[]): void {
    this.pending.push(...changes);
    if (this.flush) return;
    this.flush = setImmediate(() => {
      this.flush = undefined;
      const batch = this.pending;
      this.pending = [];
      if (batch.length > 0 && !this.disposed) this.options.onGuestsChanged(batch);
    });
  }
}
