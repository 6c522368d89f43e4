import type { Executor } from '../db/executor';
import { ADMINISTRATION_KINDS, ADMINISTRATIVE_LEVELS, ENTITY_LABEL, type AdministrativeLevel } from '../model';
import { nodeMap, toNodeRecord, type NodeRecord } from '../db/read';

/** The administrative units a node lies in, by level: a municipality's Gemeindeverband, Kreis and so on. */
export type AdminUnits = Partial<Record<AdministrativeLevel, NodeRecord>>;

/**
 * Up from the node through its city's administration (organisations, units and bodies, at any depth), then up the
 * register's chain, which has at most one node per level: Amt 10.50 of Koblenz lies in Koblenz's Kreis and Land.
 */
const ADMIN_UNITS = `
UNWIND $ids AS id
MATCH (n:${ENTITY_LABEL} {id: id})
OPTIONAL MATCH (n)((:${ADMINISTRATION_KINDS.join('|')})-[:PART_OF]->())*()
  (()-[:PART_OF]->()){1,${ADMINISTRATIVE_LEVELS.length}}(u:${ADMINISTRATIVE_LEVELS.join('|')})
RETURN id, collect(DISTINCT ${nodeMap('u')}) AS units`;

/** The administrative units above each node, in one query; the result follows `ids`. */
export async function adminUnitsOf(executor: Executor, ids: readonly string[]): Promise<AdminUnits[]> {
  const rows = await executor.read<{ id: string; units: unknown[] }>({
    name: 'admin-units',
    cypher: ADMIN_UNITS,
    params: { ids },
  });
  const byId = new Map<string, AdminUnits>();
  for (const row of rows) {
    const units: AdminUnits = {};
    for (const raw of row.units) {
      const unit = toNodeRecord(raw);
      units[unit.kind as AdministrativeLevel] = unit;
    }
    byId.set(row.id, units);
  }
  return ids.map((id) => byId.get(id) ?? {});
}

/** Where a node lies, in words: "Landkreis Mayen-Koblenz, Rheinland-Pfalz"; null for a node outside the levels. */
export function placeOf(units: AdminUnits): string | null {
  const names = [units.Gemeindeverband, units.Kreis, units.Land].filter((u) => u !== undefined).map((u) => u.name);
  return names.length > 0 ? names.join(', ') : null;
}
