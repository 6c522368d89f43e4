import { LIMITS } from '../config/limits';
import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';
import {
  COOPERATION_CONNECTIONS,
  COOPERATION_STATUSES,
  ENTITY_LABEL,
  FACT_RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  STATUS_NAMES,
  type Language,
  type NodeKind,
  type RelationshipType,
  type Status,
} from '../model';
import { browserEditUrl, cypherString, type BrowserLink } from './cypher-text';
import { type NodeRecord, type RelationshipRecord, toNodeRecord, toRelationshipRecord } from '../db/read';
import { requireNodes } from './lookup.service';
import { explainPath, pathStrength, type CitedPaper, type PathStrength } from './path-explanation';
import { pathsCypher, undatedFactsCypher } from './paths-cypher';
import { AsOfAnswer, asOfParams, countUndated, type AsOf } from './as-of';

export interface PathRecord {
  length: number;
  start: NodeRecord;
  /** Each step is seen from the node before it. */
  steps: RelationshipRecord[];
  cypher: string;
  neo4jBrowserUrl: string;
  /** One sentence per step, in the request's language. */
  explanation: string[];
  strength: PathStrength;
}

/**
 * COOPERATION: only steps that show working together (cooperation, membership, participation, shared bodies and
 * the administrative structure up to the Kreis) whose facts are ACTIVE or IN_PROGRESS. ANY: every fact.
 */
export const PATH_PURPOSES = ['COOPERATION', 'ANY'] as const;
export type PathPurpose = (typeof PATH_PURPOSES)[number];

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  relationshipTypes?: RelationshipType[] | null;
  statuses?: Status[] | null;
  purpose: PathPurpose;
  language: Language;
  /** The graph as of a date: only facts that count on it. */
  asOf?: AsOf | null;
}

export const MAX_HOPS = LIMITS.maxHops;
export const MAX_PATHS = LIMITS.maxPaths;
/** The shortest paths found before ranking by strength, at least: a longer, stronger path may rank first. */
const MIN_CANDIDATES = 10;

/** A cooperation does not run through a Land or a Regierungsbezirk: sharing one says nothing about working together. */
const COOPERATION_AVOIDS: readonly NodeKind[] = ['Land', 'Regierungsbezirk'];

interface PathScope {
  /** Every type the purpose allows, in the model's order: the statement's pattern. */
  purposeTypes: readonly RelationshipType[];
  /** The types asked for, within those, each once: the statement's parameter. */
  relationshipTypes: RelationshipType[];
  statuses: Status[];
  avoidKinds: readonly NodeKind[];
}

/** The types, statuses and kinds a request's purpose allows, within what the caller narrowed them to. */
export function pathScope(request: Pick<PathRequest, 'relationshipTypes' | 'statuses' | 'purpose'>): PathScope {
  // In the model's order, each once: a list that repeats a type asks for the same paths, with the same plan.
  const asked = new Set(request.relationshipTypes ?? []);
  // The paper relationships (ISSUED_BY, …) only when named; named alone, they are the whole scope.
  const types = asked.size ? RELATIONSHIP_TYPE_NAMES.filter((type) => asked.has(type)) : FACT_RELATIONSHIP_TYPES;
  const statuses = request.statuses?.length ? request.statuses : STATUS_NAMES;
  if (request.purpose === 'ANY') {
    // Two patterns at most: the facts, or every type once a paper relationship is asked for.
    const purposeTypes = types.some((type) => !FACT_RELATIONSHIP_TYPES.includes(type))
      ? RELATIONSHIP_TYPE_NAMES
      : FACT_RELATIONSHIP_TYPES;
    return { purposeTypes, relationshipTypes: types, statuses, avoidKinds: [] };
  }
  const cooperates = (type: RelationshipType) => COOPERATION_CONNECTIONS.includes(RELATIONSHIP_TYPES[type].connection);
  const scope = {
    purposeTypes: FACT_RELATIONSHIP_TYPES.filter(cooperates),
    relationshipTypes: types.filter(cooperates),
    statuses: statuses.filter((status) => COOPERATION_STATUSES.includes(status)),
    avoidKinds: COOPERATION_AVOIDS,
  };
  if (scope.relationshipTypes.length === 0) {
    throw badInput(
      `With purpose COOPERATION a path consists of ${COOPERATION_CONNECTIONS.join(', ').toLowerCase()} steps; ` +
        'none of the relationshipTypes is one. Ask with purpose: ANY.',
      { argument: 'relationshipTypes' },
    );
  }
  if (scope.statuses.length === 0) {
    throw badInput(
      `With purpose COOPERATION a path consists of ${COOPERATION_STATUSES.join(' and ')} facts; ` +
        'none of the statuses is one. Ask with purpose: ANY.',
      { argument: 'statuses' },
    );
  }
  return scope;
}

function checkRequest(request: PathRequest): void {
  if (request.from === request.to) throw badInput('"from" and "to" are the same node; a path needs two different ones');
  if (!Number.isInteger(request.maxHops) || request.maxHops < 1 || request.maxHops > MAX_HOPS) {
    throw badInput(`"maxHops" must be from 1 to ${MAX_HOPS}`, { argument: 'maxHops' });
  }
  if (!Number.isInteger(request.first) || request.first < 1 || request.first > MAX_PATHS) {
    throw badInput(`"first" must be from 1 to ${MAX_PATHS}`, { argument: 'first' });
  }
}

/** The statement that shows exactly this path, relationship by relationship, in Neo4j Browser. */
function reproducingCypher(nodes: NodeRecord[], steps: RelationshipRecord[]): string {
  const node = (i: number) => `(n${i}:${ENTITY_LABEL} {id: ${cypherString(nodes[i]!.id)}})`;
  let pattern = node(0);
  steps.forEach((step, i) => {
    const rel = `[:${step.type} {source: ${cypherString(step.source)}}]`;
    pattern += step.direction === 'OUTGOING' ? `-${rel}->` : `<-${rel}-`;
    pattern += node(i + 1);
  });
  return `MATCH p = ${pattern}\nRETURN p`;
}

/** The statement for a checked request. */
export function pathsQuery(request: PathRequest): Query {
  const { purposeTypes, relationshipTypes, statuses, avoidKinds } = pathScope(request);
  const candidates = Math.min(MAX_PATHS, Math.max(request.first, MIN_CANDIDATES));
  return {
    name: 'cooperation-paths',
    cypher: pathsCypher({ maxHops: request.maxHops, candidates, purposeTypes, avoidKinds }),
    params: {
      from: request.from,
      to: request.to,
      relationshipTypes,
      statuses,
      ...asOfParams(request.asOf ?? null),
    },
  };
}

/** The statement counting the facts an as-of request could not use: those of its types whose paper has no date. */
export function undatedPathFactsQuery(request: PathRequest): Query {
  const { purposeTypes, relationshipTypes } = pathScope(request);
  return {
    name: 'cooperation-paths-undated',
    cypher: undatedFactsCypher(purposeTypes),
    params: { relationshipTypes, ...asOfParams(request.asOf ?? null) },
  };
}

/**
 * The strongest paths between two nodes, up to `first`: of the shortest ones, ranked by their strength (see
 * path-explanation.ts), shorter first among equals; each explained in the request's language.
 */
export async function cooperationPaths(
  executor: Executor,
  link: BrowserLink,
  request: PathRequest,
): Promise<AsOfAnswer<PathRecord[]>> {
  checkRequest(request);
  await requireNodes(executor, [request.from, request.to]);
  const rows = await executor.read<{
    nodes: unknown[];
    relationships: {
      type: RelationshipType;
      startId: string;
      props: unknown;
      paper: CitedPaper | null;
      aboutName: string | null;
    }[];
  }>(pathsQuery(request));
  const paths = rows.map((row, order) => {
    const nodes = row.nodes.map(toNodeRecord);
    const steps = row.relationships.map((rel, i) =>
      toRelationshipRecord({
        type: rel.type,
        direction: rel.startId === nodes[i]!.id ? 'OUTGOING' : 'INCOMING',
        ownerId: nodes[i]!.id,
        node: row.nodes[i + 1],
        props: rel.props,
      }),
    );
    const cypher = reproducingCypher(nodes, steps);
    const explanation = explainPath(
      {
        nodes,
        steps,
        papers: row.relationships.map((rel) => rel.paper),
        aboutNames: row.relationships.map((rel) => rel.aboutName),
      },
      request.language,
    );
    const path: PathRecord = {
      length: steps.length,
      start: nodes[0]!,
      steps,
      cypher,
      neo4jBrowserUrl: browserEditUrl(link, cypher),
      explanation,
      strength: pathStrength(steps),
    };
    return { path, order };
  });
  paths.sort((x, y) => y.path.strength.value - x.path.strength.value || x.order - y.order);
  const undatedLeftOut = await countUndated(executor, request.asOf ?? null, undatedPathFactsQuery(request));
  return new AsOfAnswer(
    paths.slice(0, request.first).map(({ path }) => path),
    undatedLeftOut,
  );
}
