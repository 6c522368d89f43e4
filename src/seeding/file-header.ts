import type { GraphNode } from './read-graph';

/** The opening comment of a curated file an export creates. */
export function fileHeader(file: string, documents: Map<string, GraphNode>): string {
  const facts = /^facts\/(.+)\.ya?ml$/.exec(file);
  const paper = facts ? documents.get(facts[1]!) : undefined;
  const about = paper ? `Facts stated in ${String(paper.properties.name)}.` : facts ? 'Facts.' : 'Nodes.';
  return `# ${about}\n`;
}
