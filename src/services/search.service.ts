import { int } from '../db/convert';
import type { Executor, Query } from '../db/executor';
import { SEARCH_INDEX } from '../db/graph-schema';
import type { NodeKind } from '../model';
import { badInput } from '../errors/app-error';
import { kindOf, nodeMap, type NodeRecord, toNodeRecord } from '../db/read';
import { pageSize } from './pagination';
import { luceneQuery } from './search-query';

export { MAX_SEARCH_CLAUSES, MAX_SEARCH_WORD_LENGTH, MAX_SEARCH_WORDS } from './search-query';

export interface SearchHit {
  node: NodeRecord;
  score: number;
}

const MATCH_HITS = `
CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $query) YIELD node AS n, score
WHERE $kinds IS NULL OR ${kindOf('n')} IN $kinds`;

/**
 * Best first, but a municipality whose name is the text, then one whose name starts with it (the larger first),
 * ranks above everything else: "Neustadt" finds the Neustadts before the Kreise and Ämter that have the word
 * somewhere in their names.
 */
const SEARCH_CYPHER = `${MATCH_HITS}
WITH n, score,
     CASE WHEN NOT n:City THEN 2 WHEN toLower(n.name) = $text THEN 0 WHEN toLower(n.name) STARTS WITH $text THEN 1
          ELSE 2 END AS rank
RETURN ${nodeMap('n')} AS node, score
ORDER BY rank, CASE WHEN rank < 2 THEN coalesce(n.population, 0) ELSE 0 END DESC, score DESC, n.name
LIMIT $limit`;

/** The statement for one search: `query` is a Lucene query from `luceneQuery`, `text` what was typed. */
export function searchQuery(query: string, text: string, kinds: NodeKind[] | null, limit: number): Query {
  return {
    name: 'search',
    cypher: SEARCH_CYPHER,
    params: { query, text: text.trim().toLowerCase(), kinds: kinds?.length ? kinds : null, limit: int(limit) },
  };
}

/** The statement that counts every hit of one search. */
export function searchCountQuery(query: string, kinds: NodeKind[] | null): Query {
  return {
    name: 'search-count',
    cypher: `${MATCH_HITS}\nRETURN count(n) AS total`,
    params: { query, kinds: kinds?.length ? kinds : null },
  };
}

async function runSearch(executor: Executor, query: string, text: string, kinds: NodeKind[] | null, limit: number) {
  const rows = await executor.read<{ node: unknown; score: number }>(searchQuery(query, text, kinds, limit));
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
  return runSearch(executor, checkedQuery(text), text, kinds, limit);
}

function checkedQuery(text: string): string {
  const query = luceneQuery(text);
  if (query === null) throw badInput('"text" must contain at least one word', { argument: 'text' });
  return query;
}

/** How many nodes a search finds in all, however many it shows. */
export async function searchCount(executor: Executor, text: string, kinds: NodeKind[] | null): Promise<number> {
  const [row] = await executor.read<{ total: number }>(searchCountQuery(checkedQuery(text), kinds));
  return row?.total ?? 0;
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
  return (await runSearch(executor, query, text, kinds, limit)).map((hit) => hit.node.id);
}
