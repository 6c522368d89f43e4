import { int } from '../db/convert';
import type { Executor } from '../db/executor';
import { notFound } from '../errors/app-error';
import { ENTITY_LABEL } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import { nodesByIds } from './nodes.service';
import { pageSize } from './pagination';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from './relationship-record';
import { similarCities } from './similarity.service';

export type PrecedentOrder = 'NEWEST' | 'SIMILARITY';

export interface Precedent {
  city: NodeRecord;
  /** The fact, seen from its start node: the city itself, or one of its units or bodies. */
  fact: RelationshipRecord;
  date: string | null;
  /** How alike the city is to `forCity`, when one was given. */
  similarity: number | null;
}

/**
 * Cities whose administration (the city, a unit or a body of it) is linked to the subject, or whose facts are about
 * it; for a body, every city with a body of the same type.
 */
const PRECEDENTS = `
MATCH (subject:${ENTITY_LABEL} {id: $subject})
CALL (subject) {
  MATCH (city:City)<-[:PART_OF*0..2]-(holder:${ENTITY_LABEL})-[r]->(subject)
  WHERE NOT subject:Body AND type(r) <> 'PART_OF' AND NOT holder:Document
  RETURN city, r
  UNION
  MATCH (city:City)<-[:PART_OF*0..2]-(holder:${ENTITY_LABEL})-[r]->(:${ENTITY_LABEL})
  WHERE NOT subject:Body AND r.about = subject.id AND NOT holder:Document
  RETURN city, r
  UNION
  MATCH (body:Body)-[r:PART_OF]->(city:City)
  WHERE subject:Body AND body.type = subject.type
  RETURN city, r
}
WITH city, r WHERE $forCity IS NULL OR city.id <> $forCity
MATCH (source:Document {id: r.source})
WITH city, r, startNode(r) AS a, endNode(r) AS b, coalesce(r.since, source.date) AS date
RETURN ${nodeMap('city')} AS city, ${relationshipMap('a', 'r', 'b')} AS fact, toString(date) AS date
ORDER BY date DESC, city.name
LIMIT $limit`;

/** Which cities already have or did the subject (a role, a kind of body, an organisation, a standard, a project). */
export async function precedents(
  executor: Executor,
  subjectId: string,
  forCity: string | null,
  first: number,
  order: PrecedentOrder,
): Promise<Precedent[]> {
  const limit = pageSize(first);
  const [subject, city] = await nodesByIds(executor, forCity ? [subjectId, forCity] : [subjectId]);
  if (!subject) throw notFound(`No node has the id "${subjectId}"`);
  if (forCity && city?.kind !== 'City') throw notFound(`No city has the id "${forCity}"`);
  const rows = await executor.read<{ city: unknown; fact: unknown; date: string | null }>({
    name: 'precedents',
    cypher: PRECEDENTS,
    params: { subject: subjectId, forCity, limit: int(order === 'SIMILARITY' ? 1000 : limit) },
  });
  const scores = new Map<string, number>();
  if (forCity) {
    for (const similar of await similarCities(executor, forCity, 100)) scores.set(similar.city.id, similar.score);
  }
  const result = rows.map((row): Precedent => {
    const cityRecord = toNodeRecord(row.city);
    return {
      city: cityRecord,
      fact: toRelationshipRecord(row.fact),
      date: row.date,
      similarity: forCity ? (scores.get(cityRecord.id) ?? 0) : null,
    };
  });
  if (order === 'SIMILARITY') {
    result.sort((x, y) => (y.similarity ?? 0) - (x.similarity ?? 0) || (y.date ?? '').localeCompare(x.date ?? ''));
  }
  return result.slice(0, limit);
}
