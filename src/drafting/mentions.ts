import type { NodeKind } from '../model';

/** A node the matcher knows, by its name and aliases. */
export interface KnownNode {
  id: string;
  kind: NodeKind;
  name: string;
  terms: string[];
}

export interface Mention {
  node: KnownNode;
  /** The spelling found, folded. */
  term: string;
}

/**
 * Folds case, accents and the spacing of abbreviations ("e. V." is "e.v."), as the full-text index's
 * standard-folding analyzer ignores case and accents: "Koln" finds "Köln".
 */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/\.\s+(?=\p{L}\.)/gu, '.')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Pattern {
  node: KnownNode;
  term: string;
  regex: RegExp;
}

/** Finds the known nodes a sentence names, by name or alias, on whole words. */
export class MentionMatcher {
  private readonly patterns: Pattern[];

  constructor(nodes: KnownNode[]) {
    this.patterns = nodes
      .flatMap((node) => [...new Set([node.name, ...node.terms].map(fold))].map((term) => ({ node, term })))
      .filter(({ term }) => term.length >= 2)
      .map(({ node, term }) => ({
        node,
        term,
        regex: new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u'),
      }));
  }

  /**
   * The nodes named in `sentence`, each once. A spelling inside a longer one of another node does not count:
   * "Koblenz" in "IT.Stadt Koblenz e.V." names the association, not the city.
   */
  find(sentence: string): Mention[] {
    const folded = fold(sentence);
    const hits: { start: number; end: number; pattern: Pattern }[] = [];
    for (const pattern of this.patterns) {
      const match = pattern.regex.exec(folded);
      if (match) hits.push({ start: match.index, end: match.index + pattern.term.length, pattern });
    }
    hits.sort((a, b) => b.end - b.start - (a.end - a.start));
    const kept: typeof hits = [];
    for (const hit of hits) {
      const inside = kept.some((k) => k.pattern.node !== hit.pattern.node && k.start <= hit.start && hit.end <= k.end);
      if (!inside) kept.push(hit);
    }
    const seen = new Set<string>();
    return kept
      .sort((a, b) => a.start - b.start)
      .filter((hit) => !seen.has(hit.pattern.node.id) && seen.add(hit.pattern.node.id))
      .map((hit) => ({ node: hit.pattern.node, term: hit.pattern.term }));
  }
}

/**
 * A sentence does not end after a single letter ("z. B.", "u. a.") or a common abbreviation, but may after "e. V.",
 * which names end with.
 */
const ABBREVIATIONS = /(?:(?:^|[\s.])\p{L}|\bNr|\bDr|\bca|\bbzw|\bggf|\bvgl|\bsog|\bAbs|\bS)\.$/u;

/** The sentences of a paper's plain text, each on one line: a line break inside a word ("Pro-\njekte") is joined. */
export function sentences(text: string): string[] {
  const paragraphs = text
    .split(/\n\s*\n|\n(?=\s*[-•]\s)/)
    .map((p) =>
      p
        .replace(/(\p{Ll})-\n(\p{Ll})/gu, '$1$2')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p !== '');
  const result: string[] = [];
  for (const paragraph of paragraphs) {
    let start = 0;
    const boundary = /[.!?](?=\s+["„]?[\p{Lu}\d])/gu;
    for (let match = boundary.exec(paragraph); match; match = boundary.exec(paragraph)) {
      const candidate = paragraph.slice(start, match.index + 1);
      if (ABBREVIATIONS.test(candidate) && !/\be\.\s?V\.$/.test(candidate)) continue;
      result.push(candidate.trim());
      start = match.index + 1;
    }
    const rest = paragraph.slice(start).trim();
    if (rest !== '') result.push(rest);
  }
  return result.map((s) => s.replace(/^[-•]\s+/, ''));
}
