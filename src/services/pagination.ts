import { badInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = 100;

export interface PageRequest {
  first: number;
  after?: string | null;
}

export interface Page<T> {
  items: T[];
  /** The offset of the first item. */
  offset: number;
  totalCount: number;
  hasNextPage: boolean;
}

export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

/** The offset after which the next page starts; a cursor this API did not hand out is refused. */
export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badInput('"after" is not a cursor from this API', { argument: 'after' });
  return Number(match[1]) + 1;
}

/** Checks a page size: 1 to MAX_PAGE_SIZE. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`"first" must be from 1 to ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
  return first;
}
