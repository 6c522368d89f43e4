import type { NodeKind } from '../model';

/** The kind of node that states facts; relationships starting there describe papers, not the world. */
export const DOCUMENT_KIND: NodeKind = 'Document';
