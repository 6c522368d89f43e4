import { storedLastDay } from '../db/read';
import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';
import { ENTITY_LABEL, type RelationshipType, type Status } from '../model';
import { AsOfAnswer, asOfParams, citesUndated, countsAsOf, countUndated, UNDATED_PAPERS, type AsOf } from './as-of';
import { requireDocuments, requireNodes } from './lookup.service';
import { fetchPage, type Page, type PageRequest } from './pagination';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from '../db/read';

/** Inclusive bounds on a date, as ISO dates; either may be left out. */
export interface DateRange {
  from?: string | null;
  to?: string | null;
}

export interface FactFilter {
  types?: RelationshipType[] | null;
  statuses?: Status[] | null;
  /** Only facts that touch this node, or are about it. */
  nodeId?: string | null;
  /** Only facts stated by this Document, named by id or council reference. */
  source?: string | null;
  /** Only facts whose own `since` is in the range. */
  since?: DateRange | null;
  /** Only facts whose paper is dated in the range. */
  paperDate?: DateRange | null;
}

/** The filter with its ids checked: `sources` are the Document ids the `source` named. */
export interface ResolvedFactFilter extends Omit<FactFilter, 'source'> {
  sources?: string[] | null;
}

const MATCH_ANY_TIME = `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($statuses IS NULL OR r.status IN $statuses)
  AND ($nodeId IS NULL OR a.id = $nodeId OR b.id = $nodeId OR r.about = $nodeId)
  AND ($sources IS NULL OR r.source IN $sources)
  AND ($sinceFrom IS NULL OR r.since >= date($sinceFrom))
  AND ($sinceTo IS NULL OR ${storedLastDay('r', 'since')} <= date($sinceTo))
  AND ($paperFrom IS NULL AND $paperTo IS NULL OR EXISTS {
    MATCH (paper:Document {id: r.source})
    WHERE ($paperFrom IS NULL OR paper.date >= date($paperFrom))
      AND ($paperTo IS NULL OR ${storedLastDay('paper', 'date')} <= date($paperTo))
  })`;

const MATCH_FILTERED = `${MATCH_ANY_TIME}
  AND ${countsAsOf('r', { a: 'a', b: 'b' })}`;

/**
 * The page and count statements for a checked filter, as of a date when one is given, and the count of the facts
 * the date leaves out for want of a dated paper; facts come newest first by the date each shows (its own `since`,
 * else its paper's date, else the date inferred for the paper), undated last.
 */
export function factsQueries(
  filter: ResolvedFactFilter,
  scope: AsOf | null = null,
): { page: Query; count: Query; leftOut: Query } {
  const params = {
    ...asOfParams(scope),
    types: filter.types?.length ? filter.types : null,
    statuses: filter.statuses?.length ? filter.statuses : null,
    nodeId: filter.nodeId ?? null,
    sources: filter.sources ?? null,
    sinceFrom: filter.since?.from ?? null,
    sinceTo: filter.since?.to ?? null,
    paperFrom: filter.paperDate?.from ?? null,
    paperTo: filter.paperDate?.to ?? null,
  };
  return {
    page: {
      name: 'facts-page',
      cypher: `${MATCH_FILTERED}
OPTIONAL MATCH (paper:Document {id: r.source})
WITH a, r, b, coalesce(r.since, paper.date, paper.inferredDate) AS shown
RETURN ${relationshipMap('a', 'r', 'b')} AS relationship
ORDER BY shown IS NULL, shown DESC, type(r), a.id, b.id, r.source
SKIP $offset LIMIT $limit`,
      params,
    },
    count: { name: 'facts-count', cypher: `${MATCH_FILTERED}\nRETURN count(r) AS total`, params },
    leftOut: {
      name: 'facts-undated',
      cypher: `${UNDATED_PAPERS}${MATCH_ANY_TIME}\n  AND ${citesUndated('r')}\nRETURN count(r) AS total`,
      params,
    },
  };
}

/** One page of relationships (facts), each seen from its start node, newest first; unknown ids answer NOT_FOUND. */
/** A range whose end is before its start matches nothing and is a mistake: refused, as `changes` refuses one. */
function checkRange(argument: string, range: DateRange | null | undefined): void {
  if (range?.from && range.to && range.to < range.from) {
    throw badInput(`"${argument}.to" (${range.to}) is before "${argument}.from" (${range.from})`, { argument });
  }
}

export async function listFacts(
  executor: Executor,
  filter: FactFilter,
  page: PageRequest,
  scope: AsOf | null = null,
): Promise<AsOfAnswer<Page<RelationshipRecord>>> {
  const { source, ...rest } = filter;
  checkRange('since', filter.since);
  checkRange('paperDate', filter.paperDate);
  if (filter.nodeId) await requireNodes(executor, [filter.nodeId]);
  const sources = source ? await requireDocuments(executor, source) : null;
  const queries = factsQueries({ ...rest, sources }, scope);
  const [found, leftOut] = await Promise.all([
    fetchPage(executor, page, queries, (row: { relationship: unknown }) => toRelationshipRecord(row.relationship)),
    countUndated(executor, scope, queries.leftOut),
  ]);
  return new AsOfAnswer(found, leftOut);
}
