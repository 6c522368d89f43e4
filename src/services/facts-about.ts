import { ENTITY_LABEL, RELATIONSHIP_TYPE_NAMES } from '../model';

/**
 * Cypher: the patterns of the facts about the node whose id is `about`, one per relationship type, each binding start
 * `a`, fact `r` and end `b`. Typed, each is a seek in that type's `about` index (see db/graph-schema.ts), where one
 * untyped pattern read every relationship of the graph. The caller makes a branch of each and joins them.
 */
export const factsAboutPatterns = (about: string): string[] =>
  RELATIONSHIP_TYPE_NAMES.map((type) => `(a:${ENTITY_LABEL})-[r:${type} {about: ${about}}]->(b:${ENTITY_LABEL})`);
