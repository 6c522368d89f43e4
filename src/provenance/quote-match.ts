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

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function segmentPattern(segment: string): RegExp {
  const units = [...segment].map((char) => {
    const variants = OCR_VARIANTS[char];
    return variants ? `(?:${variants.map(escape).join('|')})` : escape(char);
  });
  return new RegExp(units.join(''), 'gu');
}

/** A place in a paper's text: offsets into the original text, end exclusive. */
export interface TextSpan {
  start: number;
  end: number;
}

export type QuoteResult =
  ({ found: true } & TextSpan) | { found: false; nearest: (TextSpan & { similarity: number }) | null };

/** The parts of a quote between its elisions, reduced; empty when the quote has no letters or digits. */
function segmentsOf(quote: string): string[] {
  return quote
    .split(ELLIPSIS)
    .map((part) => reduce(part).chars)
    .filter((part) => part.length > 0);
}

function matchFrom(text: Reduced, patterns: RegExp[], index: number, from: number, limit: number): TextSpan | null {
  const pattern = patterns[index]!;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text.chars); m; m = pattern.exec(text.chars)) {
    if (m.index > limit) return null;
    const end = m.index + m[0].length;
    if (index === patterns.length - 1) return { start: m.index, end };
    const rest = matchFrom(text, patterns, index + 1, end, end + MAX_ELISION);
    if (rest) return { start: m.index, end: rest.end };
    pattern.lastIndex = m.index + 1;
  }
  return null;
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

/** Where `quote` stands in `text`, or, when it is not there, the most similar passage and its similarity (0–1). */
export function findQuote(text: string, quote: string): QuoteResult {
  const reduced = reduce(text);
  const segments = segmentsOf(quote);
  if (segments.length === 0) return { found: false, nearest: null };
  const span = matchFrom(reduced, segments.map(segmentPattern), 0, 0, reduced.chars.length);
  if (span) return { found: true, ...withPunctuation(text, quote, toOriginal(reduced, span)) };
  return { found: false, nearest: nearestPassage(reduced, segments.join('')) };
}

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
