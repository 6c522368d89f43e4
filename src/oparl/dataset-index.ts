import { loadFiles } from '../seeding/load-files';
import { fold } from './slug';

export interface IndexedNode {
  kind: string;
  id: string;
  names: string[];
  ags?: string;
  oparlId?: string;
}

/** What the importer needs to know of the dataset it writes into: ids, cities by AGS, nodes by name. */
export class DatasetIndex {
  private readonly byId = new Map<string, IndexedNode>();

  constructor(nodes: IndexedNode[]) {
    for (const node of nodes) this.byId.set(node.id, node);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  get(id: string): IndexedNode | undefined {
    return this.byId.get(id);
  }

  citiesWithAgs(ags: string): IndexedNode[] {
    return [...this.byId.values()].filter((n) => n.kind === 'City' && n.ags === ags);
  }

  /** A Document already holding this OParl id. */
  documentByOparlId(oparlId: string): IndexedNode | undefined {
    return [...this.byId.values()].find((n) => n.kind === 'Document' && n.oparlId === oparlId);
  }

  /** A node of one of `kinds`, of the city (its id starts with the city's), whose name or alias is one of `names`. */
  findByName(kinds: string[], cityId: string, names: string[]): IndexedNode | undefined {
    const wanted = new Set(names.map(fold));
    return [...this.byId.values()]
      .filter((n) => kinds.includes(n.kind) && n.id.startsWith(`${cityId}-`))
      .sort((a, b) => a.id.localeCompare(b.id))
      .find((n) => n.names.some((name) => wanted.has(fold(name))));
  }
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/** Indexes the nodes of every YAML file under `datasetDir`, except those in `excludeFolder` (the importer's own). */
export function readDatasetIndex(datasetDir: string, excludeFolder?: string): DatasetIndex {
  const nodes: IndexedNode[] = [];
  for (const file of loadFiles(datasetDir)) {
    if (excludeFolder && file.file.startsWith(`${excludeFolder}/`)) continue;
    for (const raw of file.nodes) {
      const entry = raw as Record<string, unknown>;
      const id = text(entry.id);
      const kind = text(entry.kind);
      if (!id || !kind) continue;
      const aliases = Array.isArray(entry.aliases)
        ? entry.aliases.filter((a): a is string => typeof a === 'string')
        : [];
      nodes.push({
        kind,
        id,
        names: [text(entry.name), ...aliases].filter((n): n is string => n !== undefined),
        ags: text(entry.ags),
        oparlId: text(entry.oparlId),
      });
    }
  }
  return new DatasetIndex(nodes);
}
