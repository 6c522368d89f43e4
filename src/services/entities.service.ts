import type { Executor } from '../db/executor';
import { ENTITY_LABEL, type NodeKind } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import { fetchPage, type Page, type PageRequest } from './pagination';

export interface EntityFilter {
  kinds?: NodeKind[] | null;
  state?: string | null;
  text?: string | null;
}

export const ENTITY_ORDERS = {
  NAME_ASC: 'n.name ASC, n.id ASC',
  NAME_DESC: 'n.name DESC, n.id DESC',
  KIND: 'kind ASC, n.name ASC, n.id ASC',
} as const;

export type EntityOrder = keyof typeof ENTITY_ORDERS;

const MATCH_FILTERED = `
MATCH (n:${ENTITY_LABEL})
WITH n, [label IN labels(n) WHERE label <> '${ENTITY_LABEL}'][0] AS kind
WHERE ($kinds IS NULL OR kind IN $kinds)
  AND ($state IS NULL OR n.state = $state)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text
       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))`;

const pageCypher = (order: EntityOrder) => `${MATCH_FILTERED}
RETURN ${nodeMap('n')} AS node
ORDER BY ${ENTITY_ORDERS[order]}
SKIP $offset LIMIT $limit`;

const COUNT_CYPHER = `${MATCH_FILTERED}
RETURN count(n) AS total`;

/** One page of nodes, filtered by kind, state and a piece of text in the name or aliases. */
export async function listEntities(
  executor: Executor,
  filter: EntityFilter,
  page: PageRequest,
  order: EntityOrder,
): Promise<Page<NodeRecord>> {
  const params = {
    kinds: filter.kinds?.length ? filter.kinds : null,
    state: filter.state ?? null,
    text: filter.text ? filter.text.toLowerCase() : null,
  };
  return fetchPage(
    executor,
    page,
    {
      page: { name: 'entities-page', cypher: pageCypher(order), params },
      count: { name: 'entities-count', cypher: COUNT_CYPHER, params },
    },
    (row: { node: unknown }) => toNodeRecord(row.node),
  );
}
