import { dump } from 'js-yaml';

export type Entry = Record<string, string | string[]>;

/** The longest comment line written, in characters: a name of any length makes no longer header. */
const MAX_COMMENT = 300;

/**
 * One line of a file's comment header: whitespace folded to single spaces, control characters (NUL, DEL, …) written
 * as \u escapes so that YAML reads the file, cut after MAX_COMMENT characters.
 */
export function commentText(line: string): string {
  const flat = line
    .replace(/\s+/g, ' ')
    .replace(/[\p{Cc}\p{Cs}\u2028\u2029\ufeff]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .trim();
  return flat.length > MAX_COMMENT ? `${flat.slice(0, MAX_COMMENT)}…` : flat;
}

/** A curated-format YAML file: comment lines, then the nodes and relationships; the same input gives the same text. */
export function yamlFile(comments: string[], nodes: Entry[], relationships: Entry[]): string {
  const body: Record<string, Entry[]> = {};
  if (nodes.length > 0) body.nodes = nodes;
  if (relationships.length > 0) body.relationships = relationships;
  const header = comments.map((line) => `# ${commentText(line)}`.trimEnd()).join('\n');
  return `${header}\n${dump(body, { lineWidth: -1, noRefs: true, quotingType: "'" })}`;
}
