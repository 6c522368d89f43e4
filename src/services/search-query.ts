/**
 * Lucene's operator words, and the stop words the index's analyzer drops (Lucene's English set): a word the index
 * never holds would make every query that requires it empty ("Neustadt an der Weinstraße").
 */
const SKIPPED_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** Lucene's special characters: user text never reaches the index query with any of them. */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns free text into a Lucene query for the full-text index. Every word must match somewhere: in the name
 * (exactly, as a prefix, or within an edit distance that grows with its length), in an alias, or in the description;
 * names weigh most. So "koln" and "Kobelnz" find Köln and Koblenz first. Returns null when no word is left.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .replace(SPECIAL, ' ')
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word.length > 0 && !SKIPPED_WORDS.has(word))
    .slice(0, 8);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const fuzzy = word.length >= 4 ? `${word}~${word.length >= 7 ? 2 : 1}` : word;
      return `(name:${word}^8 OR name:${word}*^4 OR name:${fuzzy}^2 OR aliases:${word}^6 OR aliases:${fuzzy}^2 OR description:${word})`;
    })
    .join(' AND ');
}
