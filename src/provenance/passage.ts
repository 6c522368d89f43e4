import type { TextSpan } from './quote-match';

/** A quote's place in its paper: the quote as it stands in the text, the sentence around it and where it is. */
export interface Passage extends TextSpan {
  quote: string;
  sentence: string;
  sentenceStart: number;
  line: number;
  column: number;
}

/** Words that end in a full stop without ending a sentence ("z. B.", "e. V.", "ggf."). */
const ABBREVIATION = /(?:^|[\s(])(?:\p{L}|bzw|ggf|Nr|Az|ca|vgl|usw|u\.v\.a\.m|o\.g|d\.h|u\.a|z\.B|mehrheitl)\.$/u;

const NAME_SUFFIX = /\be\.\s?V\.$/;

function isSentenceEnd(text: string, index: number): boolean {
  const char = text[index];
  if (char === '\n') return /^\n[ \t\u00a0]*\n/.test(text.slice(index, index + 40));
  if (char !== '.' && char !== '!' && char !== '?') return false;
  if (!/\s/.test(text[index + 1] ?? ' ')) return false;
  const before = text.slice(Math.max(0, index - 12), index + 1);
  // "e. V." ends a name, and often a sentence: it does when a capital follows.
  if (NAME_SUFFIX.test(before)) return /^\s+\p{Lu}/u.test(text.slice(index + 1, index + 4));
  return !ABBREVIATION.test(before);
}

/** How far the sentence around a quote may reach beyond it, so that a run of text without full stops stays short. */
const MAX_WIDEN = 400;

/** The passage of `text` at `span`, widened to the sentence(s) it stands in. */
export function passageAt(text: string, span: TextSpan): Passage {
  let start = span.start;
  while (start > 0 && span.start - start < MAX_WIDEN && !isSentenceEnd(text, start - 1)) start -= 1;
  while (start < span.start && /\s/.test(text[start]!)) start += 1;
  let end = span.end;
  while (end < text.length && end - span.end < MAX_WIDEN && !isSentenceEnd(text, end - 1)) end += 1;
  const before = text.slice(0, span.start);
  const line = before.split('\n').length;
  return {
    ...span,
    quote: text.slice(span.start, span.end),
    sentence: text.slice(start, end).trim(),
    sentenceStart: start,
    line,
    column: span.start - before.lastIndexOf('\n'),
  };
}
