/** The error codes a client can see. Anything else is reported as INTERNAL_SERVER_ERROR. */
export type ErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'CONFLICT' | 'SERVICE_UNAVAILABLE';

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
