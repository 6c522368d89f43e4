import type { ErrorCode } from './codes';

export type { ErrorCode } from './codes';

/** Why a SERVICE_UNAVAILABLE answer came: each of them is worth retrying after a moment. */
export type UnavailableReason = 'TIMEOUT' | 'OVERLOADED' | 'DATABASE_UNAVAILABLE';

/** An error whose message is safe to show to a client. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError('BAD_USER_INPUT', message, details);
export const notFound = (message: string, details?: Record<string, unknown>) =>
  new AppError('NOT_FOUND', message, details);
export const forbidden = (message: string) => new AppError('FORBIDDEN', message);

const unavailable = (reason: UnavailableReason, message: string, details: Record<string, unknown> = {}) =>
  new AppError('SERVICE_UNAVAILABLE', message, { reason, ...details });

/** The request ran out of time and was stopped. */
export const requestTimedOut = (timeoutMs: number) =>
  unavailable('TIMEOUT', `The request took longer than ${timeoutMs} ms and was stopped.`, { timeoutMs });

/** The request ended (its client went away) before its work did; no one reads this answer. */
export const requestEnded = () => new AppError('BAD_REQUEST', 'The request ended before its answer was ready.');

/** Too much is running at once; the request was not started. */
export const overloaded = () =>
  unavailable('OVERLOADED', 'The server is busy with other expensive requests. Try again shortly.');

export const databaseUnavailable = () =>
  unavailable('DATABASE_UNAVAILABLE', 'The graph database is not reachable right now. Try again shortly.');

/** Seconds a client should wait before it retries a SERVICE_UNAVAILABLE answer. */
export const RETRY_AFTER_SECONDS = 2;
