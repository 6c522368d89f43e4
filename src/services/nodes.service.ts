import type { Executor, Query } from '../db/executor';
import { ENTITY_LABEL, RELATIONSHIP_TYPE_NAMES } from '../model';
import { administrationOf } from './administration';
import { asOfParams, countsAsOf, sourceDateText, undatedAsOf, type AsOf } from './as-of';
import {
  nodeMap,
  type NodeRecord,
  relationshipMap,
  relationshipProps,
  type RelationshipRecord,
  toNodeRecord,
  toRelationshipRecord,
} from '../db/read';

const NODES_BY_IDS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
RETURN ${nodeMap('n')} AS node`;

/** The statement that looks nodes up by id. */
export const nodesByIdsQuery = (ids: readonly string[]): Query => ({
  name: 'nodes-by-ids',
  cypher: NODES_BY_IDS,
  params: { ids },
});

/** Looks nodes up by id, in one query; the result follows `ids`, with null for an unknown id. */
export async function nodesByIds(executor: Executor, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await executor.read<{ node: unknown }>(nodesByIdsQuery(ids));
  const byId = new Map(rows.map((row) => toNodeRecord(row.node)).map((node) => [node.id, node]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * The facts that count as of $asOf, and those it leaves out for want of a dated paper, flagged `undated`: the
 * caller counts them and hands out the rest. Without $asOf every fact counts and none is undated.
 */
const AS_OF = `WITH * WHERE ${countsAsOf('r')} OR ${undatedAsOf('r')}`;

/**
 * The date of each fact's paper, read with the fact, for ordering by the date a fact shows (`newestFirst`): only the
 * papers the answer cites, where reading every paper's date cost more than the facts themselves in a large graph.
 */
const PAPER_DATE = sourceDateText('r');

const RELATIONSHIPS_OF = `
UNWIND $ids AS id
MATCH (a:${ENTITY_LABEL} {id: id})-[r]-(b:${ENTITY_LABEL})
${AS_OF}
RETURN id, ${relationshipMap('a', 'r', 'b')} AS relationship, ${undatedAsOf('r')} AS undated, ${PAPER_DATE} AS paperDate
ORDER BY r.since IS NULL, r.since DESC, b.name, type(r)`;

/**
 * The facts about each node, type by type so that each is a seek in that type's `about` index. A statement of its
 * own, in list comprehensions rather than a UNION: joined to the one above, Neo4j took seconds to plan it.
 */
const FACTS_ABOUT = `
UNWIND $ids AS id
WITH id, ${RELATIONSHIP_TYPE_NAMES.map((type) => `[()-[r:${type} {about: id}]->() | r]`).join(' + ')} AS facts
UNWIND facts AS r
WITH id, r, startNode(r) AS a, endNode(r) AS b
${AS_OF}
RETURN id, {type: type(r), direction: 'ABOUT', ownerId: id, node: ${nodeMap('b')}, aboutFrom: ${nodeMap('a')},
            props: ${relationshipProps('r')}} AS relationship, ${undatedAsOf('r')} AS undated, ${PAPER_DATE} AS paperDate
ORDER BY r.since IS NULL, r.since DESC, b.name, type(r)`;

/**
 * The facts of each node's administration (its organisations, units and bodies, at any depth), each seen from its
 * own unit or body.
 * A fact between two of them comes once, from its start; their PART_OF to the node itself is the node's own fact.
 */
const ADMINISTRATION_RELATIONSHIPS = `
UNWIND $ids AS id
MATCH ${administrationOf(`:${ENTITY_LABEL} {id: id}`, 'h')}
WITH id, collect(DISTINCT h) AS units
UNWIND units AS h
MATCH (h)-[r]-(b:${ENTITY_LABEL})
WHERE b.id <> id AND NOT (b IN units AND startNode(r) <> h)
${AS_OF}
RETURN id, ${relationshipMap('h', 'r', 'b')} AS relationship, ${undatedAsOf('r')} AS undated, ${PAPER_DATE} AS paperDate
ORDER BY r.since IS NULL, r.since DESC, b.name, type(r)`;

const RELATIONSHIP_STATEMENTS = {
  'relationships-of-nodes': RELATIONSHIPS_OF,
  'facts-about-nodes': FACTS_ABOUT,
  'administration-relationships': ADMINISTRATION_RELATIONSHIPS,
};

export type RelationshipsOf = keyof typeof RELATIONSHIP_STATEMENTS;

/**
 * The statement for the relationships of nodes: their own, those about them, or those of their administration; as
 * of a date, if given.
 */
export const relationshipsQuery = (
  ids: readonly string[],
  which: RelationshipsOf,
  scope: AsOf | null = null,
): Query => ({
  name: which,
  cypher: RELATIONSHIP_STATEMENTS[which],
  params: { ids, ...asOfParams(scope) },
});

/**
 * A node's facts that count, and how many of its facts an as-of answer left out for want of a dated paper; with the
 * date of each paper they cite that has one.
 */
export interface FactsOf {
  facts: RelationshipRecord[];
  undatedLeftOut: number;
  paperDates: Map<string, string>;
}

async function groupedRelationships(
  executor: Executor,
  ids: readonly string[],
  which: RelationshipsOf,
  scope: AsOf | null,
): Promise<FactsOf[]> {
  const rows = await executor.read<{ id: string; relationship: unknown; undated: boolean; paperDate: string | null }>(
    relationshipsQuery(ids, which, scope),
  );
  const byId = new Map<string, FactsOf>(ids.map((id) => [id, { facts: [], undatedLeftOut: 0, paperDates: new Map() }]));
  for (const row of rows) {
    const of = byId.get(row.id);
    if (!of) continue;
    if (row.undated) of.undatedLeftOut += 1;
    else {
      const fact = toRelationshipRecord(row.relationship);
      of.facts.push(fact);
      if (row.paperDate !== null) of.paperDates.set(fact.source, row.paperDate);
    }
  }
  return ids.map((id) => byId.get(id)!);
}

/**
 * Newest first by the date each fact shows: its own `since`, else its paper's date (else the date inferred for
 * the paper, as `paperDates` gives them, see FactsOf); undated last. The sort is stable, so facts of one date keep their order.
 */
export function newestFirst(
  facts: RelationshipRecord[],
  paperDates: ReadonlyMap<string, string>,
): RelationshipRecord[] {
  const shown = (fact: RelationshipRecord) => fact.since ?? paperDates.get(fact.source) ?? null;
  return facts
    .map((fact) => ({ fact, date: shown(fact) }))
    .sort((x, y) => (x.date === null ? 1 : 0) - (y.date === null ? 1 : 0) || (y.date ?? '').localeCompare(x.date ?? ''))
    .map(({ fact }) => fact);
}

/** Every relationship of each node, then every fact about it; as of a date, if given. The result follows `ids`. */
export async function relationshipsOfNodes(
  executor: Executor,
  ids: readonly string[],
  scope: AsOf | null = null,
): Promise<FactsOf[]> {
  const [own, about] = await Promise.all([
    groupedRelationships(executor, ids, 'relationships-of-nodes', scope),
    groupedRelationships(executor, ids, 'facts-about-nodes', scope),
  ]);
  return own.map((of, i) => ({
    facts: [...of.facts, ...about[i]!.facts],
    undatedLeftOut: of.undatedLeftOut + about[i]!.undatedLeftOut,
    paperDates: new Map([...of.paperDates, ...about[i]!.paperDates]),
  }));
}

/** The relationships of each node's administration, each seen from its own organisation, unit or body; as of a date, if given. */
export function administrationRelationships(
  executor: Executor,
  ids: readonly string[],
  scope: AsOf | null = null,
): Promise<FactsOf[]> {
  return groupedRelationships(executor, ids, 'administration-relationships', scope);
}

const CITIES_OF = `
UNWIND $ids AS id
MATCH path = ${administrationOf('city:City', `:${ENTITY_LABEL} {id: id}`)}
WITH id, city ORDER BY length(path)
WITH id, collect(city)[0] AS city
RETURN id, ${nodeMap('city')} AS city`;

/** The statement that finds the city each unit or body belongs to. */
export const citiesOfQuery = (ids: readonly string[]): Query => ({
  name: 'cities-of',
  cypher: CITIES_OF,
  params: { ids },
});

/** The city each node belongs to through PART_OF, nearest first; null for one outside any city. */
export async function citiesOf(executor: Executor, ids: readonly string[]): Promise<(NodeRecord | null)[]> {
  const rows = await executor.read<{ id: string; city: unknown }>(citiesOfQuery(ids));
  const byId = new Map(rows.map((row) => [row.id, toNodeRecord(row.city)]));
  return ids.map((id) => byId.get(id) ?? null);
}

const STATEMENTS_OF = `
UNWIND $keys AS key
MATCH (a:${ENTITY_LABEL} {id: key.from})-[r]->(b:${ENTITY_LABEL} {id: key.to})
WHERE type(r) = key.type
OPTIONAL MATCH (paper:Document {id: r.source})
WITH key, a, r, b, coalesce(paper.date, paper.inferredDate) AS date
RETURN key.id AS id, ${relationshipMap('a', 'r', 'b')} AS relationship
ORDER BY date IS NULL, date, r.source`;

/** The statement that finds every statement of the given relationships. */
export const statementsQuery = (keys: readonly { id: string; from: string; type: string; to: string }[]): Query => ({
  name: 'statements-of-relationships',
  cypher: STATEMENTS_OF,
  params: { keys },
});

/**
 * Every statement of each relationship (its start, type and end, as "start TYPE end"), oldest paper first, undated
 * last, each seen from its start; the result follows `keys`.
 */
export async function statementsOf(executor: Executor, keys: readonly string[]): Promise<RelationshipRecord[][]> {
  const parsed = keys.map((id) => {
    const [from, type, to] = id.split(' ');
    return { id, from: from!, type: type!, to: to! };
  });
  const rows = await executor.read<{ id: string; relationship: unknown }>(statementsQuery(parsed));
  const byKey = new Map<string, RelationshipRecord[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(row.id)?.push(toRelationshipRecord(row.relationship));
  return keys.map((key) => byKey.get(key) ?? []);
}
