import { SeedValidationError, type SeedIssue } from '../dataset';
import type { RawFile } from '../load-files';
import type { Register } from './load-register';

/** What the register says of a municipality, beside the curated name, aliases, description and links. */
export const REGISTER_FIGURES = [
  'state',
  'ags',
  'ars',
  'officialName',
  'type',
  'population',
  'area',
  'density',
  'postcode',
  'latitude',
  'longitude',
  'urbanisation',
] as const;

/**
 * Makes each curated city with an `ags` one node with the register's municipality of that key: the curated entry
 * keeps its id, name and facts and gains the register's figures, and the register's links start from it. A curated
 * AGS the register does not know, or a curated figure that contradicts the register, is reported.
 */
export function mergeCurated(curated: RawFile[], register: Register): { files: RawFile[]; merged: string[] } {
  const byAgs = new Map<string, Record<string, unknown>>();
  for (const node of register.file.nodes as Record<string, unknown>[]) {
    if (node.kind === 'City') byAgs.set(node.ags as string, node);
  }
  const renamed = new Map<string, string>();
  const issues: SeedIssue[] = [];
  for (const { file, nodes } of curated) {
    for (const [index, raw] of nodes.entries()) {
      const node = raw as Record<string, unknown>;
      if (node?.kind !== 'City' || typeof node.ags !== 'string') continue;
      const at = { file, entry: `nodes[${index}] "${String(node.id)}"` };
      const official = byAgs.get(node.ags);
      if (!official) {
        issues.push({ ...at, field: 'ags', message: `"${node.ags}" is not a Gemeinde of the register` });
        continue;
      }
      for (const figure of REGISTER_FIGURES) {
        if (official[figure] === undefined) continue;
        if (node[figure] !== undefined && node[figure] !== official[figure])
          issues.push({
            ...at,
            field: figure,
            message: `is "${String(node[figure])}", the register says "${String(official[figure])}"; correct it or leave it out`,
          });
        node[figure] = official[figure];
      }
      renamed.set(official.id as string, node.id as string);
    }
  }
  if (issues.length > 0) throw new SeedValidationError(issues);
  const file: RawFile = {
    file: register.file.file,
    nodes: register.file.nodes.filter((n) => !renamed.has((n as { id: string }).id)),
    relationships: (register.file.relationships as { from: string }[]).map((r) =>
      renamed.has(r.from) ? { ...r, from: renamed.get(r.from) } : r,
    ),
  };
  return { files: [...curated, file], merged: [...renamed.values()] };
}
