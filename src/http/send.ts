import { STATUS_CODES, type ServerResponse } from 'node:http';
import { LIMITS } from '../config/limits';
import { RETRY_AFTER_SECONDS, type AppError } from '../errors/app-error';
import { errorBody, statusOf, type ErrorCode } from '../errors/codes';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, 'application/json; charset=utf-8', JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  endAnswer(res, body);
}

/**
 * Writes the last of an answer. A client that has not taken it in within LIMITS.writeTimeoutMs loses its
 * connection, so that an unread answer does not stay in memory.
 */
export function endAnswer(res: ServerResponse, body: string): void {
  res.end(body);
  if (res.writableFinished !== false) return;
  const timer = setTimeout(() => res.destroy(), LIMITS.writeTimeoutMs).unref();
  res.once('close', () => clearTimeout(timer));
}

/**
 * Answers an error with its code's status and the one error body (src/errors/codes.ts), whatever the path. An
 * answer already under way cannot change any more: its connection is closed instead.
 */
export function sendError(
  res: ServerResponse,
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  if (code === 'SERVICE_UNAVAILABLE') res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
  // Answered before the body arrived (too large, too slow): the client learns that the connection ends here.
  if (!res.req.complete) res.setHeader('connection', 'close');
  sendText(res, statusOf(code), 'application/json; charset=utf-8', errorBody(code, message, details));
}

/** Answers a coded application error. */
export function sendAppError(res: ServerResponse, error: AppError): void {
  sendError(res, error.code, error.message, error.details);
}

/** An error written straight to a socket that Node could not turn into a request; the connection then closes. */
export function rawErrorResponse(code: ErrorCode, message: string): string {
  const status = statusOf(code);
  const body = errorBody(code, message);
  return (
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\ncontent-type: application/json; charset=utf-8\r\n` +
    `content-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`
  );
}
