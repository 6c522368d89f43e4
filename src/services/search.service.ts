import { int } from '../db/convert';
import type { Executor, Query } from '../db/executor';
import { SEARCH_INDEX } from '../db/graph-schema';
import { ENTITY_LABEL, type NodeKind } from '../model';
import { badInput } from '../errors/app-error';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import { pageSize } from './pagination';
import { luceneQuery } from './search-query';

export { MAX_SEARCH_CLAUSES, MAX_SEARCH_WORD_LENGTH, MAX_SEARCH_WORDS } from './search-query';

export interface SearchHit {
  node: NodeRecord;
  score: number;
}

const SEARCH_CYPHER = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node AS n, score
WHERE $kinds IS NULL OR [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'][0] IN $kinds
RETURN ${nodeMap('n')} AS node, score
ORDER BY score DESC, n.name
LIMIT $limit`;

/** The statement for one search: `query` is a Lucene query from `luceneQuery`. */
export function searchQuery(query: string, kinds: NodeKind[] | null, limit: number): Query {
  return {
    name: 'search',
    cypher: SEARCH_CYPHER,
    params: { query, kinds: kinds?.length ? kinds : null, limit: int(limit) },
  };
}

async function runSearch(executor: Executor, query: string, kinds: NodeKind[] | null, limit: number) {
  const rows = await executor.read<{ node: unknown; score: number }>(searchQuery(query, kinds, limit));
  return rows.map((row) => ({ node: toNodeRecord(row.node), score: row.score }));
}

/** Full-text search over names, aliases and descriptions, tolerant of umlauts and typos, best match first. */
export async function search(
  executor: Executor,
  text: string,
  kinds: NodeKind[] | null,
  first: number,
): Promise<SearchHit[]> {
  const limit = pageSize(first);
  const query = luceneQuery(text);
  if (query === null) throw badInput('"text" must contain at least one word', { argument: 'text' });
  return runSearch(executor, query, kinds, limit);
}

/** The ids of the nodes whose names come closest to `text` (any of its words), for "did you mean" answers. */
export async function closestIds(executor: Executor, text: string, kinds: NodeKind[] | null, limit = 3) {
  let query: string | null;
  try {
    query = luceneQuery(text, false);
  } catch {
    return [];
  }
  if (query === null) return [];
  return (await runSearch(executor, query, kinds, limit)).map((hit) => hit.node.id);
}
