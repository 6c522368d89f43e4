import { LIMITS } from '../config/limits';
import type { RecordShape } from 'neo4j-driver';
import { int } from '../db/convert';
import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';

export const MAX_PAGE_SIZE = LIMITS.pageSize;

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

/** Runs a page query (asked for one row more than `first`, to know whether another page follows) and its count. */
export async function fetchPage<Row, T>(
  executor: Executor,
  page: PageRequest,
  queries: { page: Query; count: Query },
  toItem: (row: Row) => T,
): Promise<Page<T>> {
  const first = pageSize(page.first);
  const offset = decodeCursor(page.after);
  const [rows, [count]] = await Promise.all([
    executor.read<Row & RecordShape>({
      ...queries.page,
      params: { ...queries.page.params, offset: int(offset), limit: int(first + 1) },
    }),
    executor.read<{ total: number }>(queries.count),
  ]);
  return {
    items: rows.slice(0, first).map(toItem),
    offset,
    totalCount: count?.total ?? 0,
    hasNextPage: rows.length > first,
  };
}
