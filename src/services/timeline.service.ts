import { int } from '../db/convert';
import type { Executor } from '../db/executor';
import { notFound } from '../errors/app-error';
import { ENTITY_LABEL } from '../model';
import { nodesByIds } from './nodes.service';
import { pageSize } from './pagination';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from './relationship-record';

export interface TimelineEntry {
  date: string;
  fact: RelationshipRecord;
}

/** Every relationship of the city, its units and bodies, dated by `since` or else by its paper, oldest first. */
const TIMELINE = `
MATCH (c:City {id: $city})<-[:PART_OF*0..2]-(:${ENTITY_LABEL})-[r]-(:${ENTITY_LABEL})
WITH DISTINCT r
MATCH (source:Document {id: r.source})
WITH r, startNode(r) AS a, endNode(r) AS b, coalesce(r.since, source.date) AS date
WHERE date IS NOT NULL
RETURN ${relationshipMap('a', 'r', 'b')} AS fact, toString(date) AS date
ORDER BY date, type(r), a.name, b.name
LIMIT $limit`;

/** A city's dated facts and papers, in order. */
export async function timeline(executor: Executor, cityId: string, first: number): Promise<TimelineEntry[]> {
  const limit = pageSize(first);
  const [city] = await nodesByIds(executor, [cityId]);
  if (city?.kind !== 'City') throw notFound(`No city has the id "${cityId}"`);
  const rows = await executor.read<{ fact: unknown; date: string }>({
    name: 'timeline',
    cypher: TIMELINE,
    params: { city: cityId, limit: int(limit) },
  });
  return rows.map((row) => ({ date: row.date, fact: toRelationshipRecord(row.fact) }));
}
