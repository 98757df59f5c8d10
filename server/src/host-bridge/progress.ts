/**
 * `$/progress` for host calls. A client that passed a `workDoneToken` gets
 * progress on it; otherwise, if it supports server-initiated progress, the
 * server creates a token (window/workDoneProgress/create). Cancelling the
 * request ($/cancelRequest) or the progress (window/workDoneProgress/cancel)
 * aborts the host operation.
 */
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import type { Progress } from '../host/hypervisor';

export interface CallScope {
  readonly signal: AbortSignal;
  readonly onProgress: (progress: Progress) => void;
}

export interface ProgressRequest {
  readonly connection: Connection;
  readonly title: string;
  /** the request's own cancellation */
  readonly token: CancellationToken;
  /** the reporter vscode-languageserver attached to the request's workDoneToken, if the client sent one */
  readonly attached: WorkDoneProgressReporter | undefined;
  readonly serverInitiated: boolean;
}

/** Runs `run` with progress reporting and one abort signal for every way of cancelling. */
export async function withProgress<T>(request: ProgressRequest, run: (scope: CallScope) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const disposables: Array<{ dispose(): void }> = [];
  const abort = (): void => controller.abort();
  if (request.token.isCancellationRequested) abort();
  disposables.push(request.token.onCancellationRequested(abort));

  let reporter = request.attached;
  if (!reporter && request.serverInitiated) {
    try {
      const created = await request.connection.window.createWorkDoneProgress();
      disposables.push(created.token.onCancellationRequested(abort));
      reporter = created;
    } catch {
      // the client refused a progress token: the call still runs, without progress
    }
  }

  reporter?.begin(request.title, 0, undefined, true);
  let lastPercent = 0;
  const onProgress = (progress: Progress): void => {
    if (!reporter) return;
    if (progress.fraction === undefined) {
      reporter.report(progress.message);
      return;
    }
    // progress must not go backwards (the LSP spec asks for a monotonic percentage)
    lastPercent = Math.max(lastPercent, Math.min(100, Math.round(progress.fraction * 100)));
    reporter.report(lastPercent, progress.message);
  };
  try {
    return await run({ signal: controller.signal, onProgress });
  } finally {
    reporter?.done();
    for (const disposable of disposables) disposable.dispose();
  }
}
