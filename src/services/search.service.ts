import { int } from '../db/convert';
import type { Executor } from '../db/executor';
import { SEARCH_INDEX } from '../db/graph-schema';
import { ENTITY_LABEL, type NodeKind } from '../model';
import { badInput } from '../errors/app-error';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import { pageSize } from './pagination';
import { luceneQuery } from './search-query';

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
  const rows = await executor.read<{ node: unknown; score: number }>({
    name: 'search',
    cypher: SEARCH_CYPHER,
    params: { query, kinds: kinds?.length ? kinds : null, limit: int(limit) },
  });
  return rows.map((row) => ({ node: toNodeRecord(row.node), score: row.score }));
}
