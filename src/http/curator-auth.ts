import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { CuratorToken } from '../config/env';

const digest = (value: string) => createHash('sha256').update(value).digest();

function bearer(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '');
  return match ? match[1]!.trim() : null;
}

/** The name of the curator whose token the request carries as `Authorization: Bearer <token>`; compared in constant time. */
export function curatorName(req: IncomingMessage, tokens: readonly CuratorToken[]): string | null {
  const sent = bearer(req);
  if (sent === null) return null;
  const sentDigest = digest(sent);
  // Every token is compared, so the time taken does not tell which one came close.
  let name: string | null = null;
  for (const token of tokens) if (timingSafeEqual(sentDigest, digest(token.token)) && name === null) name = token.name;
  return name;
}
