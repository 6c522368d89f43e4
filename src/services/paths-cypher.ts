import { ENTITY_LABEL, type NodeKind, type RelationshipType } from '../model';
import { citesUndated, countsAsOf, UNDATED_PAPERS } from './as-of';
import { storedDateText, nodeMap, relationshipProps } from '../db/read';

export interface PathQueryShape {
  maxHops: number;
  /** How many of the shortest paths to find. */
  candidates: number;
  /**
   * Every type the request's purpose allows: the pattern's types, fixed per purpose. The types a request narrows
   * them to come as the parameter $relationshipTypes, so that each list a client sends does not make a plan of its own.
   */
  purposeTypes: readonly RelationshipType[];
  /** Kinds of node a path may not pass through (its ends excepted). */
  avoidKinds: readonly NodeKind[];
}

/** The facts of the types in $relationshipTypes whose paper has no date: what an as-of search could not use. */
export const undatedFactsCypher = (purposeTypes: readonly RelationshipType[]) =>
  `${UNDATED_PAPERS}\nMATCH ()-[r:${purposeTypes.join('|')}]->() WHERE type(r) IN $relationshipTypes AND ${citesUndated('r')} ` +
  'RETURN count(r) AS total';

/**
 * The Cypher for the `candidates` shortest paths of up to `maxHops` hops between $from and $to, over the types in
 * $relationshipTypes, with every relationship's status in $statuses, visiting no node twice. Each step comes with
 * the paper it cites and the name of what it is about. The pattern's types and the kinds come from the model's
 * allow-list and the two numbers are checked integers: no user text enters the statement.
 */
export function pathsCypher({ maxHops, candidates, purposeTypes, avoidKinds }: PathQueryShape): string {
  const types = purposeTypes.join('|');
  const avoid = avoidKinds.length
    ? `\n    AND none(n IN step[0..size(step) - 1] WHERE ${avoidKinds.map((kind) => `n:${kind}`).join(' OR ')})`
    : '';
  return `
MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
MATCH p = SHORTEST ${candidates} (
  (a) (()-[r:${types}]-(step)){1,${maxHops}} (b)
  WHERE all(rel IN r WHERE type(rel) IN $relationshipTypes AND rel.status IN $statuses AND ${countsAsOf('rel')})
    AND all(i IN range(0, size(step) - 1) WHERE step[i] <> a AND NOT step[i] IN step[i + 1..])${avoid}
)
RETURN [n IN nodes(p) | ${nodeMap('n')}] AS nodes,
       [rel IN relationships(p) | {
         type: type(rel), startId: startNode(rel).id, props: ${relationshipProps('rel')},
         paper: COLLECT {
           MATCH (d:Document {id: rel.source}) RETURN {name: d.name, reference: d.reference, date: ${storedDateText('d', 'date')}}
         }[0],
         aboutName: COLLECT { MATCH (t:${ENTITY_LABEL} {id: rel.about}) RETURN t.name }[0]
       }] AS relationships
ORDER BY length(p)`;
}
