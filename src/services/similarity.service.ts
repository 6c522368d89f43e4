import { int } from '../db/convert';
import type { Executor, Query } from '../db/executor';
import { ENTITY_LABEL, type Language, type Status } from '../model';
import { rootAndAdministration } from './administration';
import { AsOfAnswer, asOfParams, countsAsOf, countUndated, undatedAsOf, type AsOf } from './as-of';
import { nodeMap, toNodeRecord, type NodeRecord } from '../db/read';
import { requireNodes } from './lookup.service';
import { pageSize } from './pagination';
import {
  SIMILARITY_WEIGHTS,
  similarityExplanation,
  similarityReasons,
  type Asked,
  type Factors,
  type SimilarityReason,
} from './similarity-explanation';

export { SIMILARITY_WEIGHTS, type SimilarityFactor, type SimilarityReason } from './similarity-explanation';

export interface SimilarCity {
  city: NodeRecord;
  /** The weighted sum of the reasons' values. */
  score: number;
  shared: NodeRecord[];
  /** The factors that hold, strongest first. */
  reasons: SimilarityReason[];
  /** The reasons as one sentence, in the request's language. */
  explanation: string;
}

/** Statuses of a link that no longer holds, or never did: such a link is not a shared choice. */
const LAPSED: Status[] = ['ENDED', 'REJECTED'];

/**
 * A city's neighbours are what it, its units and its bodies are linked to: networks, roles, standards, projects.
 * Papers, other cities and the city's own units are left out, so that only shared choices count.
 */
const MINE = `
  MATCH ${rootAndAdministration('c', 'h')}-[r]-(n:${ENTITY_LABEL})
  WHERE type(r) <> 'PART_OF' AND NOT n:Document AND NOT n:City AND NOT h:Document AND NOT r.status IN $lapsed
    AND ${countsAsOf('r')}
  RETURN collect(DISTINCT n) AS mine`;

const SHARES = `
    UNWIND mine AS n
    MATCH (n)-[r2]-(h2:${ENTITY_LABEL}), ${rootAndAdministration('o:City', 'h2')}
    WHERE type(r2) <> 'PART_OF' AND NOT h2:Document AND NOT r2.status IN $lapsed
      AND ${countsAsOf('r2')}`;

/** Every other city is a candidate (the structure may make it alike), or only the listed ones. */
const CANDIDATES = { all: '', listed: ' AND o.id IN $only' };

const larger = (a: string, b: string) => `CASE WHEN ${a} > ${b} THEN ${a} ELSE ${b} END`;
const smaller = (a: string, b: string) => `CASE WHEN ${a} < ${b} THEN ${a} ELSE ${b} END`;

/** The factors that city `o` has or lacks on its own, against the asked city `c`, and their weighted sum. */
const SIZE = `CASE WHEN c.population > 0 AND o.population > 0
          THEN toFloat(${smaller('c.population', 'o.population')}) / ${larger('c.population', 'o.population')}
          ELSE 0.0 END`;
const SAME_TYPE = 'c.type IS NOT NULL AND c.type = o.type';
const SAME_URBANISATION = 'c.urbanisation IS NOT NULL AND c.urbanisation = o.urbanisation';
const SAME_LAND = 'c.state = o.state';
const attributeScore = (size: string, type: string, urbanisation: string, land: string) =>
  `$w.SIZE * ${size} + $w.TYPE * toInteger(${type}) + $w.URBANISATION * toInteger(${urbanisation}) + $w.LAND * toInteger(${land})`;

/*
 * The candidates: the cities linked to the asked one (sharing a neighbour, or in its Gemeindeverband or Kreis), each
 * once with what links it, and the `$limit` best of every city by the factors a city has on its own. That is
 * enough for the best `$limit` of all: a city linked in no way scores by those factors alone, and every city
 * ranked above it by them scores at least as much in all (no weight is negative), so it is among the best only if it
 * is among the best by them. Scoring the other ten thousand municipalities of the register in full was most of the
 * statement's time. The Verband's and Kreis's cities are expanded once from them, not sought from every candidate.
 * The neighbours a candidate shares are collected here and kept: seeking them again for each of the best cities
 * walked every neighbour's relationships once more per city (16 million of 29 million db hits for Koblenz at L).
 */
const candidateRows = (candidates: keyof typeof CANDIDATES) => {
  const only = CANDIDATES[candidates];
  return `
CALL (c, mine, verband, kreis) {
  CALL (c, mine, verband, kreis) {${SHARES} AND o <> c${only}
    RETURN o, collect(DISTINCT n) AS shared, 0 AS inVerband, 0 AS inKreis
    UNION ALL
    MATCH (o:City)-[:PART_OF]->(verband) WHERE o <> c${only}
    RETURN o, [] AS shared, 1 AS inVerband, 0 AS inKreis
    UNION ALL
    MATCH (o:City)-[:PART_OF*1..2]->(kreis) WHERE o <> c${only}
    RETURN o, [] AS shared, 0 AS inVerband, 1 AS inKreis
    UNION ALL
    MATCH (o:City) WHERE o <> c${only}
    WITH o, ${attributeScore(SIZE, SAME_TYPE, SAME_URBANISATION, SAME_LAND)} AS alone
    WHERE alone > 0
    ORDER BY alone DESC, o.name
    LIMIT $limit
    RETURN o, [] AS shared, 0 AS inVerband, 0 AS inKreis
  }
  WITH o, collect(shared) AS shared, max(inVerband) = 1 AS inVerband, max(inKreis) = 1 AS inKreis
  RETURN o, reduce(joined = [], part IN shared | joined + part) AS shared, inVerband, inKreis
}`;
};

/**
 * Scores every candidate by the weighted factors and keeps the best `$limit`. The Kreis and Gemeindeverband are
 * the asked city's own, found once.
 */
const scoredCandidates = (candidates: keyof typeof CANDIDATES) => `
MATCH (c:City {id: $city})
OPTIONAL MATCH (c)-[:PART_OF]->(verband:Gemeindeverband)
OPTIONAL MATCH (c)-[:PART_OF*1..2]->(kreis:Kreis)
CALL (c) {${MINE}
}${candidateRows(candidates)}
WITH c, verband, kreis, mine, o, shared,
     CASE WHEN size(mine) = 0 THEN 0.0 ELSE toFloat(size(shared)) / size(mine) END AS neighbours,
     ${SIZE} AS size,
     ${SAME_TYPE} AS sameType,
     ${SAME_URBANISATION} AS sameUrbanisation,
     ${SAME_LAND} AS sameLand,
     inVerband AS sameVerband,
     inKreis AS sameKreis
WITH c, verband, kreis, mine, o, shared, neighbours, size, sameType, sameUrbanisation, sameLand, sameVerband,
     sameKreis,
     $w.NEIGHBOURS * neighbours + ${attributeScore('size', 'sameType', 'sameUrbanisation', 'sameLand')}
       + $w.KREIS * toInteger(sameKreis) + $w.VERBAND * toInteger(sameVerband) AS score
WHERE score > 0
ORDER BY score DESC, o.name
LIMIT $limit`;

const SIMILAR_CITIES = `${scoredCandidates('all')}
RETURN ${nodeMap('o')} AS city, score, [s IN shared | ${nodeMap('s')}] AS shared,
       {name: c.name, population: c.population, type: c.type, urbanisation: c.urbanisation, state: c.state,
        neighbours: size(mine), kreis: kreis.name, verband: verband.name} AS asked,
       {neighbours: neighbours, size: size, sameType: sameType, sameUrbanisation: sameUrbanisation,
        sameLand: sameLand, sameKreis: sameKreis, sameVerband: sameVerband} AS factors`;

/** The scores alone, of the listed cities, for callers that only rank by them. */
const SIMILARITY_SCORES = `${scoredCandidates('listed')}
RETURN o.id AS id, score`;

/** The facts of the city's administration whose paper has no date: what an as-of answer could not weigh. */
const UNDATED_LINKS = `
MATCH ${rootAndAdministration('c:City {id: $city}', 'h')}-[r]-(:${ENTITY_LABEL})
WHERE type(r) <> 'PART_OF' AND ${undatedAsOf('r')}
RETURN count(DISTINCT r) AS total`;

/** The statement for the cities most like `cityId`, with what they share and why; as of a date, if given. */
export const similarCitiesQuery = (cityId: string, limit: number, scope: AsOf | null = null): Query => ({
  name: 'similar-cities',
  cypher: SIMILAR_CITIES,
  params: { city: cityId, limit: int(limit), w: SIMILARITY_WEIGHTS, lapsed: LAPSED, ...asOfParams(scope) },
});

/** The statement for the similarity scores of the `candidates` to `cityId`. */
export const similarityScoresQuery = (
  cityId: string,
  candidates: readonly string[],
  scope: AsOf | null = null,
): Query => ({
  name: 'similarity-scores',
  cypher: SIMILARITY_SCORES,
  params: {
    city: cityId,
    only: candidates,
    limit: int(Math.max(1, candidates.length)),
    w: SIMILARITY_WEIGHTS,
    lapsed: LAPSED,
    ...asOfParams(scope),
  },
});

/** One collator for every sort: localeCompare with a locale builds a new one per comparison. */
const GERMAN = new Intl.Collator('de');

/** Cities ranked by how alike they are to `cityId`: what they are linked to, and their place and size. */
export async function similarCities(
  executor: Executor,
  cityId: string,
  first: number,
  scope: AsOf | null = null,
  language: Language = 'DE',
): Promise<AsOfAnswer<SimilarCity[]>> {
  const limit = pageSize(first);
  await requireNodes(executor, [cityId], 'City');
  const similar = await executor.read<{
    city: unknown;
    score: number;
    shared: unknown[];
    asked: Asked;
    factors: Factors;
  }>(similarCitiesQuery(cityId, limit, scope));
  const undatedLeftOut = await countUndated(executor, scope, {
    name: 'similar-cities-undated',
    cypher: UNDATED_LINKS,
    params: { city: cityId, ...asOfParams(scope) },
  });
  const found = similar.map((row) => {
    const city = toNodeRecord(row.city);
    const shared = row.shared.map(toNodeRecord).sort((a, b) => GERMAN.compare(a.name, b.name));
    const reasons = similarityReasons(row.asked, city.properties, shared, row.factors, language);
    return {
      city,
      score: row.score,
      shared,
      reasons,
      explanation: similarityExplanation(city.name, row.asked.name, reasons, language),
    };
  });
  return new AsOfAnswer(found, undatedLeftOut);
}

/** The similarity scores of `candidates` to `cityId`, by city id; the caller has made sure the city exists. */
export async function similarityScores(
  executor: Executor,
  cityId: string,
  candidates: readonly string[],
  scope: AsOf | null = null,
): Promise<Map<string, number>> {
  if (candidates.length === 0) return new Map();
  const rows = await executor.read<{ id: string; score: number }>(similarityScoresQuery(cityId, candidates, scope));
  return new Map(rows.map((row) => [row.id, row.score]));
}
