import { ADMINISTRATION_KINDS } from '../model';

/**
 * A pattern (from the inside of two node patterns) that binds `holder` to `root` itself and to every node of its administration: a chain of PART_OF, at
 * any depth, through organisations, units and bodies only (a quantified path, so that the walk stops at the first
 * node of another kind instead of running through the register).
 */
export const rootAndAdministration = (root: string, holder: string) =>
  `(${root})(()<-[:PART_OF]-(:${ADMINISTRATION_KINDS.join('|')}))*(${holder})`;

/** The same, without `root` itself: only the nodes of its administration. */
export const administrationOf = (root: string, holder: string) =>
  `(${root})(()<-[:PART_OF]-(:${ADMINISTRATION_KINDS.join('|')}))+(${holder})`;
