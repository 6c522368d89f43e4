import { entryKey, relationshipKey } from '../../model';
import type { RawFile } from '../load-files';
import type { GraphSnapshot } from '../read-graph';
import { loadRegister } from './load-register';
import { mergeCurated, REGISTER_FIGURES } from './merge-curated';

type Raw = Record<string, unknown>;

/**
 * The graph without what the municipality register states, for writing it back into the curated files: the
 * register's own nodes and links, and on a curated city the figures the register adds, unless its curated entry
 * states them itself. The register's file is the record of those, not the curated files.
 */
export function withoutRegister(graph: GraphSnapshot, dir: string, files: RawFile[]): GraphSnapshot {
  const register = loadRegister(dir);
  if (!register) return graph;
  const registerFile = mergeCurated(structuredClone(files), register).files.at(-1)!;
  const ownNodes = new Set((registerFile.nodes as Raw[]).map((n) => String(n.id)));
  const ownLinks = new Set((registerFile.relationships as Raw[]).map(entryKey));
  const curatedCities = new Map(
    files
      .flatMap((f) => f.nodes as Raw[])
      .filter((n) => n?.kind === 'City' && typeof n.ags === 'string')
      .map((n) => [String(n.id), n]),
  );
  return {
    nodes: graph.nodes
      .filter((n) => !ownNodes.has(n.id))
      .map((n) => {
        const curated = curatedCities.get(n.id);
        if (!curated) return n;
        const properties = { ...n.properties };
        for (const figure of REGISTER_FIGURES) if (!(figure in curated)) delete properties[figure];
        return { ...n, properties };
      }),
    relationships: graph.relationships.filter((r) => !ownLinks.has(relationshipKey(r))),
  };
}
