import path from 'node:path';
import { SEED_SCHEMA_FILE } from '../config/project-paths';
import type { GraphNode } from './read-graph';

/** The opening lines of a curated file an export creates: the editor's schema, then what the file holds. */
export function fileHeader(fullPath: string, file: string, documents: Map<string, GraphNode>): string {
  const schema = path.relative(path.dirname(fullPath), SEED_SCHEMA_FILE).split(path.sep).join('/');
  const facts = /^facts\/(.+)\.ya?ml$/.exec(file);
  const paper = facts ? documents.get(facts[1]!) : undefined;
  const about = paper ? `Facts stated in ${String(paper.properties.name)}.` : facts ? 'Facts.' : 'Nodes.';
  return `# yaml-language-server: $schema=${schema}\n# ${about}\n`;
}
