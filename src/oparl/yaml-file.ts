import { dump } from 'js-yaml';

export type Entry = Record<string, string | string[]>;

/** A curated-format YAML file: comment lines, then the nodes and relationships; the same input gives the same text. */
export function yamlFile(comments: string[], nodes: Entry[], relationships: Entry[]): string {
  const body: Record<string, Entry[]> = {};
  if (nodes.length > 0) body.nodes = nodes;
  if (relationships.length > 0) body.relationships = relationships;
  const header = comments.map((line) => `# ${line.replace(/\s+/g, ' ').trim()}`.trimEnd()).join('\n');
  return `${header}\n${dump(body, { lineWidth: -1, noRefs: true, quotingType: "'" })}`;
}
