import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** True when the request carries `Authorization: Bearer <token>` with the curator token; compared in constant time. */
export function isCuratorRequest(req: IncomingMessage, curatorToken: string | null): boolean {
  if (curatorToken === null) return false;
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!match) return false;
  return timingSafeEqual(digest(match[1]!.trim()), digest(curatorToken));
}
