/**
 * Finds a quote in the extracted text of a paper. Both are reduced to their letters and digits, lower-cased, so that
 * line breaks, hyphenation at line ends, repeated whitespace, punctuation and markdown or HTML left in the text do
 * not matter; "…" in the quote stands for an elision. Where the quote has an umlaut or ß, the text may have what OCR
 * made of it ("Koln", "kénnen", "grof3en", "Federfiihrung"). Every other letter must be the same: a changed word is
 * not found.
 */

/** A text reduced to lower-case letters and digits, with the offset in the original text of each kept character. */
interface Reduced {
  chars: string;
  offsets: number[];
}

const KEPT = /[\p{L}\p{Nd}]/u;
const HTML_TAG = /^<\/?[a-zA-Z][^<>]{0,200}>/;
const ELLIPSIS = /\[?(?:…|\.\.\.)\]?/;

/** What OCR has been seen to make of an umlaut or ß; the first entry is the letter itself. */
const OCR_VARIANTS: Record<string, readonly string[]> = {
  ä: ['ä', 'a', 'ae', 'éa', 'é', 'á', 'à'],
  ö: ['ö', 'o', 'oe', 'é', 'd', '6'],
  ü: ['ü', 'u', 'ue', 'ii', 'i', 't', 'ti', 'li', 'd'],
  ß: ['ß', 'ss', 'f3', 'fs', 'b', '3'],
};

/** The most text an elision ("…") may stand for, in letters and digits. */
const MAX_ELISION = 1500;

function reduce(text: string): Reduced {
  const chars: string[] = [];
  const offsets: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '<') {
      const tag = HTML_TAG.exec(text.slice(i, i + 220));
      if (tag) {
        i += tag[0].length;
        continue;
      }
    }
    const char = text[i]!;
    if (KEPT.test(char)) {
      for (const lower of char.toLowerCase()) {
        chars.push(lower);
        offsets.push(i);
      }
    }
    i += 1;
  }
  return { chars: chars.join(''), offsets };
}

/** A place in a paper's text: offsets into the original text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export type QuoteResult =
  | ({ found: true } & TextSpan)
  | { found: false; nearest: (TextSpan & { similarity: number }) | null; refused?: string };

/** The parts of a quote between its elisions, reduced; empty when the quote has no letters or digits. */
function segmentsOf(quote: string): string[] {
  return quote
    .split(ELLIPSIS)
    .map((part) => reduce(part).chars)
    .filter((part) => part.length > 0);
}

/** The longest quote that is looked for, in characters: a quote is a sentence or two, not a page. */
export const MAX_QUOTE_LENGTH = 2000;

/** The most parts a quote may have between its elisions ("…"). */
export const MAX_QUOTE_PARTS = 8;

/**
 * How many steps (one step: one variant of one quote letter tried at one place of the text) a search may take by
 * default. The search needs at most parts × text length × quote letters × variants steps, whatever the text holds;
 * the budget cuts off what a crafted text could still make of that product.
 */
export const DEFAULT_QUOTE_BUDGET = 5_000_000;

/** The ways one letter of the quote may stand in the text. */
const unitsOf = (segment: string): (readonly string[])[] => [...segment].map((char) => OCR_VARIANTS[char] ?? [char]);

class BudgetExceeded extends Error {}

/** Counts the steps of one search and stops it when they exceed its budget. */
class Steps {
  private used = 0;
  constructor(private readonly budget: number) {}
  left(): number {
    return this.budget - this.used;
  }
  take(count: number): void {
    this.used += count;
    if (this.used > this.budget) throw new BudgetExceeded();
  }
}

/**
 * Where one part of the quote can end, given where it may start. `startOf[p]` is the earliest start of the whole
 * quote for a part starting at text position p (or -1 where the part may not start); `null` lets it start anywhere.
 * The answer holds, for each text position where the part can end, the earliest start of the whole quote leading
 * there (-1 elsewhere).
 *
 * The places reached after each letter are kept as a set, each with its earliest start, so that each letter costs at
 * most text length × variants steps however the variants overlap: no backtracking.
 */
function matchPart(text: string, units: (readonly string[])[], startOf: Int32Array | null, steps: Steps): Int32Array {
  let places: number[] = [];
  let origin = new Int32Array(text.length + 1).fill(-1);
  let next = new Int32Array(text.length + 1).fill(-1);
  let rest = units;
  if (startOf) {
    startOf.forEach((start, p) => {
      if (start < 0) return;
      places.push(p);
      origin[p] = start;
    });
  } else {
    // A part that may start anywhere: its first letter is tried at every place, which indexOf does natively.
    const [first, ...others] = units;
    steps.take((text.length + 1) * first!.length);
    for (const variant of first!) {
      for (let p = text.indexOf(variant); p >= 0; p = text.indexOf(variant, p + 1)) {
        const q = p + variant.length;
        if (origin[q] === -1) places.push(q);
        if (origin[q] === -1 || p < origin[q]!) origin[q] = p;
      }
    }
    rest = others;
  }
  for (const variants of rest) {
    if (places.length === 0) break;
    steps.take(places.length * variants.length);
    const reached: number[] = [];
    for (const p of places) {
      for (const variant of variants) {
        if (!text.startsWith(variant, p)) continue;
        const q = p + variant.length;
        if (next[q] === -1) reached.push(q);
        if (next[q] === -1 || origin[p]! < next[q]!) next[q] = origin[p]!;
      }
    }
    for (const p of places) origin[p] = -1;
    [origin, next] = [next, origin];
    places = reached;
  }
  return origin;
}

/** Where the next part may start: within MAX_ELISION letters after the end of the part before, earliest start kept. */
function startsAfter(ends: Int32Array, steps: Steps): Int32Array {
  const n = ends.length;
  steps.take(n);
  const starts = new Int32Array(n).fill(-1);
  // A sliding-window minimum over the ends of the last MAX_ELISION positions (a monotone queue): linear in n.
  const queue: number[] = [];
  let head = 0;
  for (let p = 0; p < n; p += 1) {
    if (ends[p]! >= 0) {
      while (queue.length > head && ends[queue[queue.length - 1]!]! >= ends[p]!) queue.pop();
      queue.push(p);
    }
    while (queue.length > head && queue[head]! < p - MAX_ELISION) head += 1;
    if (queue.length > head) starts[p] = ends[queue[head]!]!;
  }
  return starts;
}

/** The earliest span of the text that holds every part in order, each within MAX_ELISION of the one before. */
function matchParts(text: string, segments: string[], steps: Steps): TextSpan | null {
  const n = text.length;
  let ends: Int32Array | null = null;
  for (const segment of segments) {
    ends = matchPart(text, unitsOf(segment), ends && startsAfter(ends, steps), steps);
  }
  let best: TextSpan | null = null;
  for (let q = 0; q <= n; q += 1) {
    const start = ends![q]!;
    if (start >= 0 && (best === null || start < best.start)) best = { start, end: q };
  }
  return best;
}

const toOriginal = (text: Reduced, span: TextSpan): TextSpan => ({
  start: text.offsets[span.start]!,
  end: text.offsets[span.end - 1]! + 1,
});

/** Widens a found span over the punctuation the quote starts or ends with, where the text has the same. */
function withPunctuation(text: string, quote: string, span: TextSpan): TextSpan {
  const lead = /^[^\p{L}\p{Nd}\s…]+/u.exec(quote.trim())?.[0] ?? '';
  const tail = /[^\p{L}\p{Nd}\s…]+$/u.exec(quote.trim())?.[0] ?? '';
  return {
    start: lead && text.slice(span.start - lead.length, span.start) === lead ? span.start - lead.length : span.start,
    end: tail && text.startsWith(tail, span.end) ? span.end + tail.length : span.end,
  };
}

/** How a search may be limited: a step budget, and whether a quote not found is followed by the nearest passage. */
export interface QuoteSearch {
  budget?: number;
  nearest?: boolean;
}

/** Looks quotes up in one text: what a quote is looked for in is worked out once, however many quotes are. */
export type QuoteFinder = (quote: string, search?: QuoteSearch) => QuoteResult;

/**
 * Where a quote stands in `text`, or, when it is not there, the most similar passage and its similarity (0–1). A
 * quote longer than MAX_QUOTE_LENGTH, with more than MAX_QUOTE_PARTS parts, or whose search exceeds its budget is
 * not looked for: the answer says why in `refused`.
 */
export function quoteFinder(text: string): QuoteFinder {
  let prepared: Reduced | null = null;
  return (quote, search = {}) => {
    if (quote.length > MAX_QUOTE_LENGTH)
      return { found: false, nearest: null, refused: `is longer than ${MAX_QUOTE_LENGTH} characters` };
    const segments = segmentsOf(quote);
    if (segments.length === 0) return { found: false, nearest: null };
    if (segments.length > MAX_QUOTE_PARTS)
      return { found: false, nearest: null, refused: `has more than ${MAX_QUOTE_PARTS} parts between "…"` };
    const reduced = (prepared ??= reduce(text));
    const steps = new Steps(search.budget ?? DEFAULT_QUOTE_BUDGET);
    let span: TextSpan | null;
    try {
      span = matchParts(reduced.chars, segments, steps);
    } catch (error) {
      if (!(error instanceof BudgetExceeded)) throw error;
      return { found: false, nearest: null, refused: 'takes too long to look for; shorten it or quote fewer parts' };
    }
    if (span) return { found: true, ...withPunctuation(text, quote, toOriginal(reduced, span)) };
    if (search.nearest === false || reduced.chars.length * segments.join('').length > steps.left())
      return { found: false, nearest: null };
    return { found: false, nearest: nearestPassage(reduced, segments.join('')) };
  };
}

/** Where `quote` stands in `text`: quoteFinder for a single quote. */
export const findQuote = (text: string, quote: string, search: QuoteSearch = {}): QuoteResult =>
  quoteFinder(text)(quote, search);

const FOLD: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 's', é: 'e' };
const fold = (chars: string) => [...chars].map((c) => FOLD[c] ?? c).join('');

/**
 * The passage of `text` closest to `quote` by edit distance (approximate substring matching, Sellers 1980), with
 * umlauts folded so that OCR damage does not count against it.
 */
function nearestPassage(text: Reduced, quote: string): (TextSpan & { similarity: number }) | null {
  const t = fold(text.chars);
  const q = fold(quote);
  if (t.length === 0) return null;
  let previous = Array.from({ length: q.length + 1 }, (_, i) => i);
  let previousStart = new Array<number>(q.length + 1).fill(0);
  let best = { distance: Infinity, start: 0, end: 0 };
  for (let j = 1; j <= t.length; j += 1) {
    const current = [0];
    const currentStart = [j];
    for (let i = 1; i <= q.length; i += 1) {
      const substitute = previous[i - 1]! + (q[i - 1] === t[j - 1] ? 0 : 1);
      const skipText = previous[i]! + 1;
      const skipQuote = current[i - 1]! + 1;
      const value = Math.min(substitute, skipText, skipQuote);
      current.push(value);
      currentStart.push(
        value === substitute ? previousStart[i - 1]! : value === skipText ? previousStart[i]! : currentStart[i - 1]!,
      );
    }
    if (current[q.length]! < best.distance)
      best = { distance: current[q.length]!, start: currentStart[q.length]!, end: j };
    previous = current;
    previousStart = currentStart;
  }
  if (best.end <= best.start) return null;
  const similarity = Math.max(0, 1 - best.distance / q.length);
  return { ...toOriginal(text, best), similarity: Math.round(similarity * 100) / 100 };
}
