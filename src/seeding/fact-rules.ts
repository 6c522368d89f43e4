import { describesPaper, type FieldProblem, type RelationshipType, type Status } from '../model';
import { quoteFinder, type QuoteFinder } from '../provenance/quote-match';
import { phraseProblems } from './phrase-rules';

/** The paper a fact cites: its id, and its text and where that lives when the dataset has one. */
export interface CitedText {
  id: string;
  text: string;
  file: string;
  /** Looks quotes up in `text`: given where many quotes of one paper are checked, so that the text is prepared once. */
  find?: QuoteFinder;
}

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}...` : flat;
};

/**
 * Whether a fact's quote holds against the text of its source: a fact (anything but what describes the paper
 * itself) whose source has a text must carry a quote, and the quote must be in that text.
 */
export function quoteProblem(
  type: RelationshipType,
  evidence: string | undefined,
  source: CitedText,
): FieldProblem | null {
  if (evidence === undefined) {
    return describesPaper(type) ? null : { field: 'evidence', message: `is required: "${source.id}" has a text` };
  }
  const result = (source.find ?? quoteFinder(source.text))(evidence);
  if (result.found) return null;
  if (result.refused) return { field: 'evidence', message: `cannot be checked: the quote ${result.refused}` };
  const nearest = result.nearest
    ? `; nearest passage (similarity ${result.nearest.similarity.toFixed(2)}): "${excerpt(source.text.slice(result.nearest.start, result.nearest.end))}"`
    : '';
  return { field: 'evidence', message: `is not in the text of "${source.id}" (${source.file})${nearest}` };
}

/**
 * Every rule a fact's wording is held to, whichever way it comes in (a seed file or the `link` mutation): the
 * phrasing rules on its status and type, and its quote against the text of its source (`null` when the source has
 * no text). `properties` have passed the model's property checks.
 */
export function evidenceProblems(
  type: RelationshipType,
  properties: { status: Status; evidence?: string },
  source: CitedText | null,
): FieldProblem[] {
  const problems =
    properties.evidence === undefined ? [] : phraseProblems(type, properties.status, properties.evidence);
  const quote = source ? quoteProblem(type, properties.evidence, source) : null;
  return quote ? [...problems, quote] : problems;
}
