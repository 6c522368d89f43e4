import { int } from '../db/convert';
import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';
import { ENTITY_LABEL, type NodeKind } from '../model';
import { factsAboutPatterns } from './facts-about';
import { rootAndAdministration } from './administration';
import { AsOfAnswer, asOfParams, countsAsOf, countUndated, undatedAsOf, type AsOf } from './as-of';
import {
  storedDateText,
  nodeMap,
  type NodeRecord,
  relationshipMap,
  type RelationshipRecord,
  toNodeRecord,
  toRelationshipRecord,
} from '../db/read';
import { unknownId } from './lookup.service';
import { nodesByIds } from './nodes.service';
import { pageSize } from './pagination';
import { similarityScores } from './similarity.service';

export const PRECEDENT_ORDERS = ['NEWEST', 'SIMILARITY'] as const;
export type PrecedentOrder = (typeof PRECEDENT_ORDERS)[number];

export interface Precedent {
  city: NodeRecord;
  /** The fact, seen from its start node: the city itself, or one of its units or bodies. */
  fact: RelationshipRecord;
  date: string | null;
  /** The fact's owner and its paper, read with it: the fields that show them need not look them up. */
  related: NodeRecord[];
  /** How alike the city is to `forCity`, when one was given. */
  similarity: number | null;
}

/**
 * Facts whose `about` names the subject, type by type (an untyped `[r]` from every city's holders read a million
 * relationships at the benchmark's size L).
 */
const ABOUT_SUBJECT = factsAboutPatterns('subject.id')
  .map((pattern) => `    MATCH ${pattern} RETURN a AS holder, r`)
  .join('\n    UNION ALL\n');

/**
 * Cities whose administration (the city, a unit or a body of it) is linked to the subject, or whose facts are about
 * it; for a project, also to the projects funded by it or part of it, two levels down (a programme's rounds and
 * their projects); for a body, every city with a body of the same type. With $land, only the cities of that Land. Each branch first tests the subject's kind, so only the
 * body branch or the other two yield rows.
 */
const PRECEDENT_FACTS = `
MATCH (subject:${ENTITY_LABEL} {id: $subject})
CALL (subject) {
  WITH subject WHERE NOT subject:Body
  MATCH ${rootAndAdministration('city:City', 'holder')}-[r]->(subject)
  WHERE type(r) <> 'PART_OF' AND NOT holder:Document
  RETURN city, r
  UNION
  WITH subject WHERE NOT subject:Body
  CALL (subject) {
${ABOUT_SUBJECT}
  }
  WITH holder, r WHERE NOT holder:Document
  MATCH path = ${rootAndAdministration('city:City', 'holder')}
  WHERE NOT r IN relationships(path)
  RETURN city, r
  UNION
  WITH subject WHERE subject:Project
  MATCH (part:Project)-[:FUNDED_BY|PART_OF*1..2]->(subject)
  MATCH ${rootAndAdministration('city:City', 'holder')}-[r]->(part)
  WHERE type(r) <> 'PART_OF' AND NOT holder:Document
  RETURN city, r
  UNION
  UNWIND CASE WHEN subject:Body THEN [subject.type] ELSE [] END AS bodyType
  MATCH (body:Body {type: bodyType})-[r:PART_OF]->(city:City)
  RETURN city, r
}
WITH city, r WHERE ($forCity IS NULL OR city.id <> $forCity)
  AND ($land IS NULL OR EXISTS { (city)-[:PART_OF*1..4]->(:Land {id: $land}) })`;

/**
 * The precedents that count (as of $asOf, if given), newest first. Only the rows that survive the LIMIT are
 * projected into maps: a hub such as the CDO role has thousands of holders, and projecting every one of them (its
 * city, the fact, the other end, dates as text) before sorting cost most of the statement's time. The fact's start
 * (its owner) and its paper come along, so that the fields asking for them need no further round trip.
 */
const PRECEDENTS = `${PRECEDENT_FACTS}
WITH city, r, startNode(r) AS a, endNode(r) AS b
WHERE ${countsAsOf('r', { a: 'a', b: 'b' })}
WITH city, r, a, b, coalesce(r.since, COLLECT { MATCH (paper:Document {id: r.source}) RETURN paper.date }[0]) AS day
ORDER BY day IS NULL, day DESC, city.name
LIMIT $limit
MATCH (source:Document {id: r.source})
RETURN ${nodeMap('city')} AS city, ${relationshipMap('a', 'r', 'b')} AS fact,
  coalesce(${storedDateText('r', 'since')}, ${storedDateText('source', 'date')}) AS date,
  ${nodeMap('a')} AS owner, ${nodeMap('source')} AS source
ORDER BY day IS NULL, day DESC, city.name`;

/** How many of the precedents' facts have a paper without a date. */
const UNDATED_PRECEDENTS = `${PRECEDENT_FACTS}
WITH r WHERE ${undatedAsOf('r')}
RETURN count(DISTINCT r) AS total`;

/**
 * The kinds a precedent can be about. Cities, their units and papers are not something another city can have or
 * do, so they are refused rather than answered with an empty list.
 */
export const PRECEDENT_SUBJECT_KINDS: readonly NodeKind[] = [
  'Role',
  'Body',
  'Organisation',
  'Standard',
  'Project',
  'Topic',
];

/** The statement for the precedents of `subjectId`, at most `limit`. */
export const precedentsQuery = (
  subjectId: string,
  forCity: string | null,
  limit: number,
  scope: AsOf | null = null,
  land: string | null = null,
): Query => ({
  name: 'precedents',
  cypher: PRECEDENTS,
  params: { subject: subjectId, forCity, land, limit: int(limit), ...asOfParams(scope) },
});

/** The statement counting the precedents an as-of answer leaves out for want of a dated paper. */
export const undatedPrecedentsQuery = (
  subjectId: string,
  forCity: string | null,
  scope: AsOf,
  land: string | null = null,
): Query => ({
  name: 'precedents-undated',
  cypher: UNDATED_PRECEDENTS,
  params: { subject: subjectId, forCity, land, ...asOfParams(scope) },
});

/** How many precedents, newest first, ordering by similarity ranks. */
const SIMILARITY_POOL = 1000;

export interface PrecedentOptions {
  order: PrecedentOrder;
  /** Whether the caller shows the similarity scores; ordering by similarity computes them anyway. */
  scores: boolean;
  /** The graph as of a date. */
  asOf?: AsOf | null;
  /** Only the cities of this Land (its id, e.g. "land-07"). */
  land?: string | null;
}

/**
 * Which cities already have or did the subject (a role, a kind of body, an organisation, a standard, a project).
 * The similarity to `forCity` (see similarity.service.ts: what the cities are linked to, their size, type and
 * place) is computed only when it is asked for, for the precedents' cities alone: it expands every neighbour of
 * the city, hubs included, and costs more than the precedents themselves.
 */
export async function precedents(
  executor: Executor,
  subjectId: string,
  forCity: string | null,
  first: number,
  { order, scores: showScores, asOf = null, land = null }: PrecedentOptions,
): Promise<AsOfAnswer<Precedent[]>> {
  const limit = pageSize(first);
  const [subject, city, landNode] = await nodesByIds(executor, [subjectId, forCity ?? subjectId, land ?? subjectId]);
  if (!subject) throw await unknownId(executor, subjectId, null);
  if (!PRECEDENT_SUBJECT_KINDS.includes(subject.kind)) {
    throw badInput(
      `Precedents are about a ${PRECEDENT_SUBJECT_KINDS.join(', ')}; "${subjectId}" is a ${subject.kind}`,
      { argument: 'subject', kinds: PRECEDENT_SUBJECT_KINDS },
    );
  }
  if (forCity && city?.kind !== 'City') throw await unknownId(executor, forCity, 'City', city);
  if (land && landNode?.kind !== 'Land') throw await unknownId(executor, land, 'Land', landNode);
  const scoresFor = showScores || order === 'SIMILARITY' ? forCity : null;
  const rows = await executor.read<{
    city: unknown;
    fact: unknown;
    date: string | null;
    owner: unknown;
    source: unknown;
  }>(precedentsQuery(subjectId, forCity, order === 'SIMILARITY' ? SIMILARITY_POOL : limit, asOf, land));
  const undatedLeftOut = asOf
    ? await countUndated(executor, asOf, undatedPrecedentsQuery(subjectId, forCity, asOf, land))
    : null;
  const cityIds = [...new Set(rows.map((row) => (row.city as { id: string }).id))];
  const scores = scoresFor ? await similarityScores(executor, scoresFor, cityIds, asOf) : new Map<string, number>();
  const result = rows.map((row): Precedent => {
    const cityRecord = toNodeRecord(row.city);
    return {
      city: cityRecord,
      fact: toRelationshipRecord(row.fact),
      date: row.date,
      related: [toNodeRecord(row.owner), toNodeRecord(row.source)],
      similarity: scoresFor ? (scores.get(cityRecord.id) ?? 0) : null,
    };
  });
  if (order === 'SIMILARITY') {
    result.sort((x, y) => (y.similarity ?? 0) - (x.similarity ?? 0) || (y.date ?? '').localeCompare(x.date ?? ''));
  }
  return new AsOfAnswer(result.slice(0, limit), undatedLeftOut);
}
