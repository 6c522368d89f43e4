import type { Executor } from '../db/executor';
import { ENTITY_LABEL, type RelationshipType, type Status } from '../model';
import { fetchPage, type Page, type PageRequest } from './pagination';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from './relationship-record';

export interface FactFilter {
  types?: RelationshipType[] | null;
  statuses?: Status[] | null;
  /** Only facts that touch this node. */
  nodeId?: string | null;
  /** Only facts stated by this Document. */
  source?: string | null;
}

const MATCH_FILTERED = `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($nodeId IS NULL OR a.id = $nodeId OR b.id = $nodeId)
  AND ($source IS NULL OR r.source = $source)`;

const PAGE_CYPHER = `${MATCH_FILTERED}
RETURN ${relationshipMap('a', 'r', 'b')} AS relationship
ORDER BY r.since DESC, type(r), a.id, b.id, r.source
SKIP $offset LIMIT $limit`;

const COUNT_CYPHER = `${MATCH_FILTERED}
RETURN count(r) AS total`;

/** One page of relationships (facts), each seen from its start node, newest first. */
export async function listFacts(
  executor: Executor,
  filter: FactFilter,
  page: PageRequest,
): Promise<Page<RelationshipRecord>> {
  const params = {
    types: filter.types?.length ? filter.types : null,
    statuses: filter.statuses?.length ? filter.statuses : null,
    nodeId: filter.nodeId ?? null,
    source: filter.source ?? null,
  };
  return fetchPage(
    executor,
    page,
    {
      page: { name: 'facts-page', cypher: PAGE_CYPHER, params },
      count: { name: 'facts-count', cypher: COUNT_CYPHER, params },
    },
    (row: { relationship: unknown }) => toRelationshipRecord(row.relationship),
  );
}
