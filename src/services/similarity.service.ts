import { int } from '../db/convert';
import type { Executor, Query } from '../db/executor';
import { ENTITY_LABEL } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from './node-record';
import { requireNodes } from './lookup.service';
import { pageSize } from './pagination';

export interface SimilarCity {
  city: NodeRecord;
  /** Shared neighbours divided by the neighbours of the city asked about. */
  score: number;
  shared: NodeRecord[];
}

/**
 * A city's neighbours are what it, its units and its bodies are linked to: networks, roles, standards, projects.
 * Papers, other cities and the city's own units are left out, so that only shared choices count.
 */
const MATCH_SIMILAR = `
MATCH (c:City {id: $city})<-[:PART_OF*0..2]-(h:${ENTITY_LABEL})-[r]-(n:${ENTITY_LABEL})
WHERE type(r) <> 'PART_OF' AND NOT n:Document AND NOT n:City AND NOT h:Document
WITH c, collect(DISTINCT n) AS mine
UNWIND mine AS n
MATCH (n)-[r2]-(h2:${ENTITY_LABEL})-[:PART_OF*0..2]->(o:City)
WHERE o <> c AND type(r2) <> 'PART_OF' AND NOT h2:Document
WITH size(mine) AS mineCount, o, collect(DISTINCT n) AS shared`;

const SIMILAR_CITIES = `${MATCH_SIMILAR}
RETURN ${nodeMap('o')} AS city, toFloat(size(shared)) / mineCount AS score,
       [s IN shared | ${nodeMap('s')}] AS shared
ORDER BY score DESC, o.name
LIMIT $limit`;

/** The same ranking without what the cities share, for callers that only need the scores. */
const SIMILARITY_SCORES = `${MATCH_SIMILAR}
RETURN o.id AS id, toFloat(size(shared)) / mineCount AS score
ORDER BY score DESC, o.name
LIMIT $limit`;

/** The statement for the cities most like `cityId`, with what they share. */
export const similarCitiesQuery = (cityId: string, limit: number): Query => ({
  name: 'similar-cities',
  cypher: SIMILAR_CITIES,
  params: { city: cityId, limit: int(limit) },
});

/** The statement for the similarity scores alone. */
export const similarityScoresQuery = (cityId: string, limit: number): Query => ({
  name: 'similarity-scores',
  cypher: SIMILARITY_SCORES,
  params: { city: cityId, limit: int(limit) },
});

/** One collator for every sort: localeCompare with a locale builds a new one per comparison. */
const GERMAN = new Intl.Collator('de');

/** Cities ranked by the neighbours they share with `cityId`, listing what they share. */
export async function similarCities(executor: Executor, cityId: string, first: number): Promise<SimilarCity[]> {
  const limit = pageSize(first);
  await requireNodes(executor, [cityId], 'City');
  const similar = await executor.read<{ city: unknown; score: number; shared: unknown[] }>(
    similarCitiesQuery(cityId, limit),
  );
  return similar.map((row) => ({
    city: toNodeRecord(row.city),
    score: row.score,
    shared: row.shared.map(toNodeRecord).sort((a, b) => GERMAN.compare(a.name, b.name)),
  }));
}

/** The scores of the `limit` cities most like `cityId`, by city id; the caller has made sure the city exists. */
export async function similarityScores(
  executor: Executor,
  cityId: string,
  limit: number,
): Promise<Map<string, number>> {
  const rows = await executor.read<{ id: string; score: number }>(similarityScoresQuery(cityId, limit));
  return new Map(rows.map((row) => [row.id, row.score]));
}
