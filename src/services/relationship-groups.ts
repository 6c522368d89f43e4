import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES, type RelationshipType } from '../model';

/** Relationship types that only say where a paper comes from; they are not cooperation. */
const PAPER_TYPES = new Set<RelationshipType>(
  RELATIONSHIP_TYPE_NAMES.filter((type) => (RELATIONSHIP_TYPES[type].from as readonly string[]).includes('Document')),
);

/** The types cooperation paths walk by default: every type but those of papers. */
export const PATH_RELATIONSHIP_TYPES: RelationshipType[] = RELATIONSHIP_TYPE_NAMES.filter((t) => !PAPER_TYPES.has(t));
