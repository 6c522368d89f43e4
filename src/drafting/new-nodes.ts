import { fold } from './mentions';

/** Shapes of names the dataset may not know yet: associations, companies, standards, units, laws, programmes. */
const SHAPES: RegExp[] = [
  /(?:[\p{Lu}][\p{L}\d.&+-]*\s+){1,4}e\.\s?V\./gu,
  /(?:[\p{Lu}][\p{L}\d.&+-]*\s+(?:[–-]\s+)?){1,5}GmbH\b/gu,
  /\bDIN SPEC \d{5}\b/g,
  /\bAmt \d+(?:\.\d+)?\b/g,
  /\bDezernat (?:[IVX]+|\d+)\b/g,
  /\b[\p{Lu}][\p{Ll}]+gesetz(?:es)?\b|\b[A-Z][A-Za-z]{1,5}G\b/gu,
  /\b[\p{Lu}][\p{L}-]*(?:programm|pakt|projekt)\b(?:\s+[\p{Lu}][\p{L}\d-]+){0,2}/gu,
];

/** Words that start a sentence or a phrase rather than a name. */
const LEADING =
  /^(?:(?:Die|Der|Das|Den|Dem|Des|Ein|Eine|Einer|Verein|Im|In|Mit|Beim|Bei|Von|Vom|Zum|Zur|Und|Auch|So)\s+)+/;

/** The names in `sentence` shaped like a node that none of `known` (folded names and aliases) is. */
export function newNodeCandidates(sentence: string, known: Set<string>): string[] {
  const found = SHAPES.flatMap((shape) => [...sentence.matchAll(shape)].map((m) => m[0].trim().replace(LEADING, '')));
  return [...new Set(found)].filter((name) => !known.has(fold(name)));
}
