import { ENTITY_LABEL, type RelationshipType } from '../model';
import { nodeMap } from './node-record';
import { relationshipProps } from './relationship-record';

export interface PathQueryShape {
  maxHops: number;
  first: number;
  relationshipTypes: RelationshipType[];
}

/**
 * The Cypher for the `first` shortest paths of up to `maxHops` hops between $from and $to, over the given types,
 * with every relationship's status in $statuses, visiting no node twice. Types come from the model's allow-list and the two numbers are
 * checked integers: no user text enters the statement.
 */
export function pathsCypher({ maxHops, first, relationshipTypes }: PathQueryShape): string {
  const types = relationshipTypes.join('|');
  return `
MATCH (a:${ENTITY_LABEL} {id: $from}), (b:${ENTITY_LABEL} {id: $to})
MATCH p = SHORTEST ${first} (
  (a) (()-[r:${types}]-(step)){1,${maxHops}} (b)
  WHERE all(rel IN r WHERE rel.status IN $statuses)
    AND all(i IN range(0, size(step) - 1) WHERE step[i] <> a AND NOT step[i] IN step[i + 1..])
)
RETURN [n IN nodes(p) | ${nodeMap('n')}] AS nodes,
       [rel IN relationships(p) | {type: type(rel), startId: startNode(rel).id, props: ${relationshipProps('rel')}}] AS relationships
ORDER BY length(p)`;
}
