import { LIMITS } from '../config/limits';
import { badInput } from '../errors/app-error';

/** The longest word a search takes: fuzzy matching builds an automaton that grows with the word. */
export const MAX_SEARCH_WORD_LENGTH = LIMITS.maxSearchWordLength;
/** The most words a search takes; every word must match, so more words only narrow the answer. */
export const MAX_SEARCH_WORDS = LIMITS.maxSearchWords;
/** The most clauses the Lucene query may have; each spelling of a word adds a few. */
export const MAX_SEARCH_CLAUSES = LIMITS.maxSearchClauses;

/** Lucene's special characters: user text never reaches the index query with any of them. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

const UMLAUTS: [string, string][] = [
  ['ä', 'ae'],
  ['ö', 'oe'],
  ['ü', 'ue'],
  ['ß', 'ss'],
];

/**
 * The spellings of a German word the index may hold: as typed, with umlauts written out ("köln" → "koeln") and with
 * written-out umlauts joined ("koeln" → "köln"). The index folds case only, so these stand in for accent folding;
 * a missing dot ("koln") is one edit away and found by the fuzzy clause.
 */
export function germanSpellings(word: string): string[] {
  const spelled = UMLAUTS.reduce((w, [umlaut, written]) => w.replaceAll(umlaut, written), word);
  const joined = UMLAUTS.reduce((w, [umlaut, written]) => w.replaceAll(written, umlaut), word);
  return [...new Set([word, spelled, joined])];
}

function wordQuery(word: string): string[] {
  return germanSpellings(word).flatMap((spelling, i) => {
    const exact = [`name:${spelling}^8`, `name:${spelling}*^4`, `aliases:${spelling}^6`, `description:${spelling}`];
    if (i > 0 || spelling.length < 4) return exact;
    const fuzzy = `${spelling}~${spelling.length >= 7 ? 2 : 1}`;
    return [...exact, `name:${fuzzy}^2`, `aliases:${fuzzy}^2`];
  });
}

/**
 * Turns free text into a Lucene query for the full-text index. Every word must match somewhere: in the name
 * (exactly, as a prefix, or within an edit distance that grows with its length), in an alias, or in the description;
 * names weigh most (with `every` false, any word will do). So "koln" and "Kobelnz" find Köln and Koblenz first.
 * Returns null when no word is left; text beyond the limits above is refused, so that one search costs little.
 */
export function luceneQuery(text: string, every = true): string | null {
  const words = text
    .replace(SPECIAL, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0 && !/^(and|or|not|to)$/.test(word));
  if (words.length === 0) return null;
  const long = words.find((word) => word.length > MAX_SEARCH_WORD_LENGTH);
  if (long) {
    throw badInput(`A search word may have at most ${MAX_SEARCH_WORD_LENGTH} characters`, { argument: 'text' });
  }
  if (words.length > MAX_SEARCH_WORDS) {
    throw badInput(`A search may have at most ${MAX_SEARCH_WORDS} words (after splitting at "-", "/" and the like)`, {
      argument: 'text',
    });
  }
  const clauses = words.map(wordQuery);
  const count = clauses.reduce((total, c) => total + c.length, 0);
  if (count > MAX_SEARCH_CLAUSES) {
    throw badInput(`This search would need ${count} index clauses; at most ${MAX_SEARCH_CLAUSES}: use fewer words`, {
      argument: 'text',
    });
  }
  return clauses.map((c) => `(${c.join(' OR ')})`).join(every ? ' AND ' : ' OR ');
}
