import type { Executor, Query } from '../db/executor';
import { ENTITY_LABEL } from '../model';
import { rootAndAdministration } from './administration';
import { AsOfAnswer, asOfParams, countsAsOf, countUndated, undatedAsOf, type AsOf } from './as-of';
import { requireNodes } from './lookup.service';
import { fetchPage, type Page, type PageRequest } from './pagination';
import { storedDateText, relationshipMap, type RelationshipRecord, toRelationshipRecord } from '../db/read';

export interface TimelineEntry {
  date: string;
  fact: RelationshipRecord;
}

const MATCH_FACTS = `
MATCH ${rootAndAdministration('c:City {id: $city}', 'holder')}-[r]-(:${ENTITY_LABEL})
WITH DISTINCT r`;

/**
 * Every relationship of the city and its administration (organisations, units and bodies, at any depth), dated by
 * `since`, else by its paper's date, else by the date inferred for the paper; as of $asOf, if given, only those
 * that count on that date.
 */
const MATCH_DATED = `${MATCH_FACTS}
MATCH (source:Document {id: r.source})
WITH r, startNode(r) AS a, endNode(r) AS b, coalesce(r.since, source.date, source.inferredDate) AS date,
  coalesce(${storedDateText('r', 'since')}, ${storedDateText('source', 'date')}, ${storedDateText('source', 'inferredDate')}) AS shown
WHERE date IS NOT NULL AND ${countsAsOf('r', { a: 'a', b: 'b' })}`;

/** The page and count statements of a city's timeline, oldest first, and the count of facts with undated papers. */
export function timelineQueries(
  cityId: string,
  scope: AsOf | null = null,
): { page: Query; count: Query; leftOut: Query } {
  const params = { city: cityId, ...asOfParams(scope) };
  return {
    page: {
      name: 'timeline',
      cypher: `${MATCH_DATED}
RETURN ${relationshipMap('a', 'r', 'b')} AS fact, shown AS date
ORDER BY date, type(r), a.name, b.name, r.source
SKIP $offset LIMIT $limit`,
      params,
    },
    count: { name: 'timeline-count', cypher: `${MATCH_DATED}\nRETURN count(r) AS total`, params },
    leftOut: {
      name: 'timeline-undated',
      cypher: `${MATCH_FACTS}\nWHERE ${undatedAsOf('r')}\nRETURN count(r) AS total`,
      params,
    },
  };
}

/** One page of a city's dated facts and papers, oldest first; as of a date, if given. */
export async function timeline(
  executor: Executor,
  cityId: string,
  page: PageRequest,
  scope: AsOf | null = null,
): Promise<AsOfAnswer<Page<TimelineEntry>>> {
  await requireNodes(executor, [cityId], 'City');
  const queries = timelineQueries(cityId, scope);
  const [found, leftOut] = await Promise.all([
    fetchPage(executor, page, queries, (row: { fact: unknown; date: string }) => ({
      date: row.date,
      fact: toRelationshipRecord(row.fact),
    })),
    countUndated(executor, scope, queries.leftOut),
  ]);
  return new AsOfAnswer(found, leftOut);
}
