import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';
import { ENTITY_LABEL, FACT_RELATIONSHIP_TYPES, STATUS_NAMES, type RelationshipType, type Status } from '../model';
import { browserEditUrl, cypherString, type BrowserLink } from './cypher-text';
import { toNodeRecord, type NodeRecord } from './node-record';
import { requireNodes } from './lookup.service';
import { pathsCypher } from './paths-cypher';
import { toRelationshipRecord, type RelationshipRecord } from './relationship-record';

export interface PathRecord {
  length: number;
  start: NodeRecord;
  /** Each step is seen from the node before it. */
  steps: RelationshipRecord[];
  cypher: string;
  neo4jBrowserUrl: string;
}

export interface PathRequest {
  from: string;
  to: string;
  maxHops: number;
  first: number;
  relationshipTypes?: RelationshipType[] | null;
  statuses?: Status[] | null;
}

export const MAX_HOPS = 6;
export const MAX_PATHS = 20;

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
  const relationshipTypes = request.relationshipTypes?.length ? request.relationshipTypes : FACT_RELATIONSHIP_TYPES;
  return {
    name: 'cooperation-paths',
    cypher: pathsCypher({ maxHops: request.maxHops, first: request.first, relationshipTypes }),
    params: {
      from: request.from,
      to: request.to,
      statuses: request.statuses?.length ? request.statuses : STATUS_NAMES,
    },
  };
}

/** The shortest cooperation paths between two nodes first, then longer alternatives, up to `first`. */
export async function cooperationPaths(
  executor: Executor,
  link: BrowserLink,
  request: PathRequest,
): Promise<PathRecord[]> {
  checkRequest(request);
  await requireNodes(executor, [request.from, request.to]);
  const rows = await executor.read<{
    nodes: unknown[];
    relationships: { type: RelationshipType; startId: string; props: unknown }[];
  }>(pathsQuery(request));
  return rows.map((row) => {
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
    return { length: steps.length, start: nodes[0]!, steps, cypher, neo4jBrowserUrl: browserEditUrl(link, cypher) };
  });
}
