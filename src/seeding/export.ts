import fs from 'node:fs';
import path from 'node:path';
import { markExported, readChanges, type ChangeEntry } from '../db/change-log';
import type { Executor } from '../db/executor';
import { entryKey, relationshipKey, type NodeKind } from '../model';
import { loadFiles, type RawFile } from './load-files';
import { readGraph, type GraphSnapshot } from './read-graph';
import { rewriteFile, type FileEntry, type RewriteCounts } from './rewrite-file';
import { fileHeader } from './file-header';
import { withoutRegister } from './register/register-share';
import type { SectionName } from './yaml-layout';

export interface ExportedFile {
  file: string;
  counts: RewriteCounts;
}

export interface ExportSummary {
  /** The files whose content changed, with what changed in each. */
  files: ExportedFile[];
  /** The curator changes no export had written before this one. */
  changes: ChangeEntry[];
}

type Raw = Record<string, unknown>;

/** The file a kind's nodes go in by convention: cities.yaml, org-units.yaml. */
function kindFile(kind: NodeKind): string {
  const words = kind.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
  return `nodes/${words.endsWith('y') ? `${words.slice(0, -1)}ies` : `${words}s`}.yaml`;
}

/** The file most entries with this key are in, if any is. */
function mostCommonFile(counts: Map<string, Map<string, number>>, key: string): string | undefined {
  const files = counts.get(key);
  if (!files) return undefined;
  return [...files.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function countBy(files: RawFile[], pick: (file: RawFile) => unknown[], key: (entry: Raw) => unknown) {
  const counts = new Map<string, Map<string, number>>();
  for (const file of files) {
    for (const entry of pick(file) as Raw[]) {
      const k = String(key(entry));
      const byFile = counts.get(k) ?? new Map<string, number>();
      byFile.set(file.file, (byFile.get(file.file) ?? 0) + 1);
      counts.set(k, byFile);
    }
  }
  return counts;
}

/** Works out, for every file, which entries it should hold: what is there stays there, new entries go by convention. */
function placeEntries(graph: GraphSnapshot, files: RawFile[]) {
  const nodes = new Map<string, FileEntry>(graph.nodes.map((n) => [n.id, { kind: n.kind, ...n.properties }]));
  const relationships = new Map<string, FileEntry>(
    graph.relationships.map((r) => [relationshipKey(r), { from: r.from, type: r.type, to: r.to, ...r.properties }]),
  );
  const filed = new Set([
    ...files.flatMap((f) => (f.nodes as Raw[]).map((n) => `node ${String(n.id)}`)),
    ...files.flatMap((f) => (f.relationships as Raw[]).map((r) => `rel ${entryKey(r)}`)),
  ]);
  const byKind = countBy(
    files,
    (f) => f.nodes,
    (n) => n.kind,
  );
  const bySource = countBy(
    files,
    (f) => f.relationships,
    (r) => r.source,
  );
  const documents = new Map(graph.nodes.filter((n) => n.kind === 'Document').map((n) => [n.id, n]));
  const websiteSources = [...documents.values()].filter((d) => d.properties.type === 'WEBSITE').map((d) => d.id);
  const webFile = websiteSources.map((id) => mostCommonFile(bySource, id)).find(Boolean) ?? 'facts/web.yaml';
  const additions = new Map<string, Record<SectionName, FileEntry[]>>();
  const add = (file: string, section: SectionName, entry: FileEntry) => {
    const entries = additions.get(file) ?? { nodes: [], relationships: [] };
    entries[section].push(entry);
    additions.set(file, entries);
  };
  for (const node of graph.nodes) {
    if (!filed.has(`node ${node.id}`))
      add(mostCommonFile(byKind, node.kind) ?? kindFile(node.kind), 'nodes', nodes.get(node.id)!);
  }
  for (const relationship of graph.relationships) {
    const key = relationshipKey(relationship);
    if (filed.has(`rel ${key}`)) continue;
    const source = relationship.properties.source!;
    const isWeb = documents.get(source)?.properties.type === 'WEBSITE';
    add(
      mostCommonFile(bySource, source) ?? (isWeb ? webFile : `facts/${source}.yaml`),
      'relationships',
      relationships.get(key)!,
    );
  }
  return { nodes, relationships, additions, documents };
}

/**
 * Writes the graph back into the curated files in `dir`: each file keeps its unchanged lines and comments, changed
 * entries are rewritten key by key, removed ones dropped, and new ones appended where the layout puts them.
 * What the municipality register states stays in its own file. An unchanged graph writes no file. The changes of the log it read are marked as exported.
 */
export async function exportGraph(executor: Executor, dir: string): Promise<ExportSummary> {
  const { graph, changes } = await executor.transaction(
    'READ',
    'export-read',
    async (tx) => ({ graph: await readGraph(tx), changes: await readChanges(tx, true) }),
    { unbounded: true },
  );
  const files = fs.existsSync(dir) ? loadFiles(dir) : [];
  const { nodes, relationships, additions, documents } = placeEntries(withoutRegister(graph, dir, files), files);
  const wanted = (section: SectionName, entry: FileEntry) =>
    section === 'nodes' ? nodes.get(String(entry.id)) : relationships.get(entryKey(entry));
  const names = [...new Set([...files.map((f) => f.file), ...additions.keys()])].sort();
  const written: ExportedFile[] = [];
  for (const file of names) {
    const fullPath = path.join(dir, file);
    const before = fs.existsSync(fullPath) ? fs.readFileSync(fullPath, 'utf8') : fileHeader(fullPath, file, documents);
    const { text, counts } = rewriteFile(before, {
      wanted,
      additions: additions.get(file) ?? { nodes: [], relationships: [] },
    });
    if (text === before && fs.existsSync(fullPath)) continue;
    fs.mkdirSync(path.dirname(fullPath), { recursive: true });
    fs.writeFileSync(fullPath, text);
    written.push({ file, counts });
  }
  if (changes.length > 0) await executor.transaction('WRITE', 'export-mark', (tx) => markExported(tx, changes));
  return { files: written, changes };
}
