import type { Executor, Query } from '../db/executor';
import { ENTITY_LABEL } from '../model';
import { requireNodes } from './lookup.service';
import { fetchPage, type Page, type PageRequest } from './pagination';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from './relationship-record';

export interface TimelineEntry {
  date: string;
  fact: RelationshipRecord;
}

/** Every relationship of the city, its units and bodies, dated by `since` or else by its paper. */
const MATCH_DATED = `
MATCH (c:City {id: $city})<-[:PART_OF*0..2]-(:${ENTITY_LABEL})-[r]-(:${ENTITY_LABEL})
WITH DISTINCT r
MATCH (source:Document {id: r.source})
WITH r, startNode(r) AS a, endNode(r) AS b, coalesce(r.since, source.date) AS date
WHERE date IS NOT NULL`;

/** The page and count statements of a city's timeline, oldest first. */
export function timelineQueries(cityId: string): { page: Query; count: Query } {
  const params = { city: cityId };
  return {
    page: {
      name: 'timeline',
      cypher: `${MATCH_DATED}
RETURN ${relationshipMap('a', 'r', 'b')} AS fact, toString(date) AS date
ORDER BY date, type(r), a.name, b.name, r.source
SKIP $offset LIMIT $limit`,
      params,
    },
    count: { name: 'timeline-count', cypher: `${MATCH_DATED}\nRETURN count(r) AS total`, params },
  };
}

/** One page of a city's dated facts and papers, oldest first. */
export async function timeline(executor: Executor, cityId: string, page: PageRequest): Promise<Page<TimelineEntry>> {
  await requireNodes(executor, [cityId], 'City');
  return fetchPage(executor, page, timelineQueries(cityId), (row: { fact: unknown; date: string }) => ({
    date: row.date,
    fact: toRelationshipRecord(row.fact),
  }));
}
