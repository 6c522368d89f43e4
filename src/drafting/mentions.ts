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
  /** Its place among all patterns: ties between hits of the same length keep this order. */
  order: number;
}

/** A run of letters and digits: a match on whole words starts with the whole of its term's first word. */
const WORD = /[\p{L}\p{N}]+/gu;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;

/** Finds the known nodes a sentence names, by name or alias, on whole words. */
export class MentionMatcher {
  /** The patterns by the first word of their term; a term that does not begin with a word is always tried. */
  private readonly byFirstWord = new Map<string, Pattern[]>();
  private readonly always: Pattern[] = [];

  constructor(nodes: KnownNode[]) {
    const patterns = nodes
      .flatMap((node) => [...new Set([node.name, ...node.terms].map(fold))].map((term) => ({ node, term })))
      .filter(({ term }) => term.length >= 2)
      .map(({ node, term }, order) => ({
        node,
        term,
        order,
        regex: new RegExp(`(?<![\\p{L}\\p{N}])${escape(term)}(?![\\p{L}\\p{N}])`, 'u'),
      }));
    for (const pattern of patterns) {
      if (!STARTS_WITH_WORD.test(pattern.term)) {
        this.always.push(pattern);
        continue;
      }
      const first = pattern.term.match(WORD)![0];
      const list = this.byFirstWord.get(first);
      if (list) list.push(pattern);
      else this.byFirstWord.set(first, [pattern]);
    }
  }

  /** The patterns that can match in `folded`: those whose first word it holds, in their order. */
  private candidates(folded: string): Pattern[] {
    const found = new Set<Pattern>(this.always);
    for (const word of new Set(folded.match(WORD) ?? [])) {
      for (const pattern of this.byFirstWord.get(word) ?? []) found.add(pattern);
    }
    return [...found].sort((a, b) => a.order - b.order);
  }

  /**
   * The nodes named in `sentence`, each once. A spelling inside a longer one of another node does not count:
   * "Koblenz" in "IT.Stadt Koblenz e.V." names the association, not the city.
   */
  find(sentence: string): Mention[] {
    const folded = fold(sentence);
    const hits: { start: number; end: number; pattern: Pattern }[] = [];
    for (const pattern of this.candidates(folded)) {
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
