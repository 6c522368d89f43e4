import { CORE_SCHEMA, load } from 'js-yaml';
import { isDeepStrictEqual } from 'node:util';
import { DEFAULT_STATUS, nodePropertySpecs, RELATIONSHIP_PROPERTIES, isNodeKind, withDateTexts } from '../model';
import { formatEntry, formatKey, rank } from './yaml-format';
import { parseLayout, type EntryBlock, type FileLayout, type SectionName } from './yaml-layout';

/** An entry as a file holds it: `kind` and the node's properties, or `from`, `type`, `to` and the properties. */
export type FileEntry = Record<string, string | string[]>;

export interface FileWanted {
  /** What an entry of the file should now be; undefined when the graph no longer holds it. */
  wanted: (section: SectionName, entry: FileEntry) => FileEntry | undefined;
  /** Entries that go into this file, at the end of their section. */
  additions: Record<SectionName, FileEntry[]>;
}

export interface RewriteCounts {
  added: number;
  changed: number;
  removed: number;
}

const SECTIONS: SectionName[] = ['nodes', 'relationships'];

/** The order a new entry's keys are written in, from the model. */
export function keyOrder(section: SectionName, entry: FileEntry): string[] {
  if (section === 'relationships') return ['from', 'type', 'to', ...Object.keys(RELATIONSHIP_PROPERTIES)];
  return isNodeKind(entry.kind) ? ['kind', ...Object.keys(nodePropertySpecs(entry.kind))] : ['kind'];
}

/** A relationship without a status is ACTIVE: the file may leave it out, the graph always holds it. */
function valueOf(section: SectionName, entry: FileEntry, key: string): unknown {
  if (section === 'relationships' && key === 'status') return entry.status ?? DEFAULT_STATUS;
  return entry[key];
}

/** How a new entry is written: a relationship's default status is left out. */
function asWritten(section: SectionName, entry: FileEntry): FileEntry {
  if (section !== 'relationships' || entry.status !== DEFAULT_STATUS) return entry;
  return Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'status'));
}

interface Splice {
  start: number;
  end: number;
  lines: string[];
}

/** The splices that turn one entry block into `wanted`, key by key, keeping every line whose value is unchanged. */
function editEntry(
  block: EntryBlock,
  section: SectionName,
  raw: FileEntry,
  wanted: FileEntry,
  indent: string,
): Splice[] {
  const splices: Splice[] = [];
  const order = keyOrder(section, wanted);
  const keyIndent = `${indent}  `;
  const present = new Set(block.keys.map((span) => span.key));
  for (const span of block.keys) {
    const before = valueOf(section, raw, span.key);
    const after = valueOf(section, wanted, span.key);
    if (isDeepStrictEqual(before, after)) continue;
    if (after === undefined) {
      splices.push({ start: span.start, end: span.end, lines: [] });
      continue;
    }
    const asBlock = Array.isArray(after) && span.end - span.start > 1;
    const formatted = formatKey(span.key, after as string | string[], keyIndent, asBlock);
    if (span.start === block.start) formatted[0] = `${indent}- ${formatted[0]!.trimStart()}`;
    splices.push({ start: span.start, end: span.end, lines: formatted });
  }
  const added = Object.keys(wanted)
    .filter((key) => !present.has(key) && !isDeepStrictEqual(valueOf(section, raw, key), valueOf(section, wanted, key)))
    .sort((a, b) => rank(order, a) - rank(order, b));
  for (const key of added) {
    const preceding = block.keys.filter((span) => rank(order, span.key) <= rank(order, key)).at(-1);
    const at = preceding ? preceding.end : block.end;
    splices.push({ start: at, end: at, lines: formatKey(key, wanted[key]!, keyIndent) });
  }
  return splices;
}

function applySplices(lines: string[], splices: Splice[]): string[] {
  const result = [...lines];
  // From the bottom up, so earlier positions stay valid; at one position a replacement goes before an insertion,
  // so that the inserted key ends up in front of the replaced one, and insertions keep their order.
  const ordered = splices
    .map((splice, index) => ({ splice, index }))
    .sort(
      (a, b) =>
        b.splice.start - a.splice.start ||
        b.splice.end - b.splice.start - (a.splice.end - a.splice.start) ||
        b.index - a.index,
    );
  for (const { splice } of ordered) result.splice(splice.start, splice.end - splice.start, ...splice.lines);
  return result;
}

/** The file's entries as the dataset reads them: a year that YAML read as a number (`since: 2019`) is its text. */
function parsedEntries(text: string): Record<SectionName, FileEntry[]> {
  const doc = (load(text, { schema: CORE_SCHEMA }) ?? {}) as Partial<Record<SectionName, FileEntry[]>>;
  return {
    nodes: (doc.nodes ?? []).map((entry) =>
      isNodeKind(entry.kind) ? withDateTexts(nodePropertySpecs(entry.kind), entry) : entry,
    ),
    relationships: (doc.relationships ?? []).map((entry) => withDateTexts(RELATIONSHIP_PROPERTIES, entry)),
  };
}

function fits(layout: FileLayout, entries: Record<SectionName, FileEntry[]>): boolean {
  return SECTIONS.every((name) => {
    const sections = layout.sections.filter((s) => s.name === name);
    return sections.length <= 1 && (sections[0]?.entries.length ?? 0) === entries[name].length;
  });
}

/** The file written whole, for a layout the line editor does not follow: its leading comments, then the entries. */
function writeWhole(text: string, entries: Record<SectionName, FileEntry[]>): string {
  const lines = text.split('\n');
  const head = lines.slice(
    0,
    lines.findIndex((line) => line.trim() !== '' && !line.trimStart().startsWith('#')),
  );
  const body = SECTIONS.filter((name) => entries[name].length > 0).flatMap((name) => [
    `${name}:`,
    ...entries[name].flatMap((entry) => formatEntry(asWritten(name, entry), keyOrder(name, entry), '  ')),
  ]);
  return [...head, ...body, ''].join('\n');
}

/**
 * Rewrites one curated file so that it holds the wanted entries, changing only the lines of entries (and, within an
 * entry, of keys) that differ; comments and unchanged lines stay as they are.
 */
export function rewriteFile(text: string, want: FileWanted): { text: string; counts: RewriteCounts } {
  const counts: RewriteCounts = { added: 0, changed: 0, removed: 0 };
  const entries = parsedEntries(text);
  const layout = parseLayout(text);
  if (!layout || !fits(layout, entries)) {
    const kept = Object.fromEntries(
      SECTIONS.map((name) => {
        const wanted = entries[name].map((raw) => want.wanted(name, raw));
        counts.removed += wanted.filter((w) => w === undefined).length;
        counts.changed += wanted.filter((w, i) => w !== undefined && !isDeepStrictEqual(w, entries[name][i])).length;
        counts.added += want.additions[name].length;
        return [name, [...wanted.filter((w): w is FileEntry => w !== undefined), ...want.additions[name]]];
      }),
    ) as Record<SectionName, FileEntry[]>;
    const changed = counts.added + counts.changed + counts.removed > 0;
    return { text: changed ? writeWhole(text, kept) : text, counts };
  }
  const splices: Splice[] = [];
  const appended: string[] = [];
  for (const name of SECTIONS) {
    const section = layout.sections.find((s) => s.name === name);
    const additions = want.additions[name];
    if (section) {
      section.entries.forEach((block, index) => {
        const raw = entries[name][index]!;
        const wanted = want.wanted(name, raw);
        if (wanted === undefined) {
          counts.removed += 1;
          splices.push({ start: block.start, end: block.end, lines: [] });
          return;
        }
        const edits = editEntry(block, name, raw, wanted, section.indent);
        if (edits.length > 0) counts.changed += 1;
        splices.push(...edits);
      });
    }
    if (additions.length === 0) continue;
    counts.added += additions.length;
    const indent = section?.entries.length ? section.indent : '  ';
    const lines = additions.flatMap((entry) => formatEntry(asWritten(name, entry), keyOrder(name, entry), indent));
    if (section) {
      const at = section.entries.at(-1)?.end ?? section.header + 1;
      splices.push({ start: at, end: at, lines });
    } else {
      appended.push(`${name}:`, ...lines);
    }
  }
  if (splices.length === 0 && appended.length === 0) return { text, counts };
  let lines = applySplices(layout.lines, splices);
  if (appended.length > 0) {
    if (lines.at(-1) === '') lines = lines.slice(0, -1);
    lines = [...lines, ...appended, ''];
  }
  return { text: lines.join('\n'), counts };
}
