import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from '../model';

/** The kind of node that states facts; relationships starting there describe papers, not the world. */
export const DOCUMENT_KIND: NodeKind = 'Document';

/** Whether a relationship type links a paper to its issuer, author, body or answer rather than stating a fact. */
export function isPaperRelationship(type: RelationshipType): boolean {
  return (RELATIONSHIP_TYPES[type].from as readonly NodeKind[]).includes(DOCUMENT_KIND);
}

/** The relationship types that state facts, in model order. */
export const FACT_RELATIONSHIP_TYPES = RELATIONSHIP_TYPE_NAMES.filter((type) => !isPaperRelationship(type));

/** The relationship types that describe papers, in model order. */
export const PAPER_RELATIONSHIP_TYPES = RELATIONSHIP_TYPE_NAMES.filter(isPaperRelationship);
