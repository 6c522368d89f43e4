import type { ServerResponse } from 'node:http';
import { RETRY_AFTER_SECONDS, type AppError } from '../errors/app-error';

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, contentType: string, body: string): void {
  res.statusCode = status;
  res.setHeader('content-type', contentType);
  res.end(body);
}

/**
 * Every error the HTTP layer answers has the shape of a GraphQL error, whatever the path:
 * `{"errors": [{"message": "...", "extensions": {"code": "..."}}]}`.
 */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
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
  sendJson(res, status, { errors: [{ message, extensions: { code, ...details } }] });
}

/** Answers a coded application error with the given status. */
export function sendAppError(res: ServerResponse, status: number, error: AppError): void {
  sendError(res, status, error.code, error.message, error.details);
}
