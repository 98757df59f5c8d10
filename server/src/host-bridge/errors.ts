/**
 * Turns any failure of a host call into the ResponseError the client gets:
 * HOST_ERROR with `{ code, ... }` data, or RequestCancelled when the user
 * cancelled. Never a bare exception, never a silent empty answer.
 */
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { isHostError } from '../host/errors';
import { HOST_ERROR, type HostErrorData } from './protocol';

export function bridgeError(code: string, message: string, extra: Omit<HostErrorData, 'code'> = {}): ResponseError<HostErrorData> {
  return new ResponseError<HostErrorData>(HOST_ERROR, message, { code, ...extra });
}

export function toResponseError(error: unknown, what: string): ResponseError<HostErrorData> {
  if (error instanceof ResponseError) return error as ResponseError<HostErrorData>;
  if (isHostError(error)) {
    if (error.code === 'aborted') return new ResponseError<HostErrorData>(LSPErrorCodes.RequestCancelled, error.message, { code: 'aborted' });
    const offers = error.details.createStorage;
    return bridgeError(error.code, error.message, offers && offers.length > 0 ? { createStorage: offers } : {});
  }
  const message = error instanceof Error ? error.message : String(error);
  return bridgeError('io', `${what} failed: ${message}`);
}
