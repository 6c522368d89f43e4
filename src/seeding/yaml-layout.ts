/** Where the entries of a curated file stand, line by line, so that an export can rewrite only what changed. */

export type SectionName = 'nodes' | 'relationships';

export interface KeySpan {
  key: string;
  /** First line of the key, and the line after its value. */
  start: number;
  end: number;
}

export interface EntryBlock {
  start: number;
  end: number;
  keys: KeySpan[];
}

export interface Section {
  name: SectionName;
  /** The line of `nodes:` or `relationships:`. */
  header: number;
  /** The indentation of the entries' "- ". */
  indent: string;
  entries: EntryBlock[];
}

export interface FileLayout {
  lines: string[];
  sections: Section[];
}

const SECTION_LINE = /^(nodes|relationships):\s*(#.*)?$/;
const indentOf = (line: string) => /^ */.exec(line)![0].length;
const isGap = (line: string) => line.trim() === '' || line.trimStart().startsWith('#');

function keysOf(lines: string[], start: number, end: number, keyIndent: number): KeySpan[] {
  const keys: KeySpan[] = [];
  for (let i = start; i < end; i++) {
    const line = i === start ? ' '.repeat(keyIndent) + lines[i]!.trimStart().slice(2).trimStart() : lines[i]!;
    const match = /^( *)([A-Za-z_]\w*):(\s|$)/.exec(line);
    if (!match || match[1]!.length !== keyIndent) continue;
    if (keys.length > 0) keys.at(-1)!.end = i;
    keys.push({ key: match[2]!, start: i, end });
  }
  return keys;
}

/**
 * Finds the sections and entries of a file written in the dataset's block style. Returns null for a layout it does
 * not follow (a flow-style list, say); the export then writes that file whole.
 */
export function parseLayout(text: string): FileLayout | null {
  const lines = text.split('\n');
  const sections: Section[] = [];
  let current: Section | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isGap(line)) continue;
    const section = SECTION_LINE.exec(line);
    if (section) {
      current = { name: section[1] as SectionName, header: i, indent: '', entries: [] };
      sections.push(current);
      continue;
    }
    if (!current || !/^ *- /.test(line)) return null;
    if (current.entries.length === 0) current.indent = ' '.repeat(indentOf(line));
    if (indentOf(line) !== current.indent.length) return null;
    let end = i + 1;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j]!;
      if (isGap(next)) continue;
      if (indentOf(next) <= current.indent.length) break;
      end = j + 1;
    }
    current.entries.push({ start: i, end, keys: keysOf(lines, i, end, current.indent.length + 2) });
    i = end - 1;
  }
  return { lines, sections };
}
