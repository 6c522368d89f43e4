import type { NodeKind } from './node-kinds';

/**
 * What a city's (or any node's) administration is made of: the organisations, units and bodies joined to it by
 * PART_OF, at any depth (Amt 10.50 under Amt 10 under a Dezernat under Koblenz). The register's kinds are not part
 * of it: a Kreis's municipalities are not its administration.
 */
export const ADMINISTRATION_KINDS = ['Organisation', 'OrgUnit', 'Body'] as const satisfies readonly NodeKind[];
