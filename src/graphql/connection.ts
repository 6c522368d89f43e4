import { encodeCursor, type Page } from '../services/pagination';

/** A Relay-style connection over one page of a service's results. */
export function toConnection<T, V>(page: Page<T>, view: (item: T) => V) {
  const edges = page.items.map((item, i) => ({ cursor: encodeCursor(page.offset + i), node: view(item) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.totalCount,
  };
}
