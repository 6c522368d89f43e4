import { PAPER_FILE_PATTERN } from '../model';
import { paperFilePath } from '../provenance/paper-texts';
import type { SeedIssue, SeedNode, SeedRelationship } from './dataset';
import { quoteProblem, type CitedText } from './fact-rules';
import { quoteFinder } from '../provenance/quote-match';

/** How many quotes were found in each paper's text, by Document id. */
export type QuoteCounts = Record<string, number>;

/**
 * Checks each Document's `file` against the texts at hand, and each relationship's evidence against the text of its
 * source: a quote must be in it, and a fact (anything but what describes the paper itself) must carry one.
 */
export function verifyEvidence(
  nodes: Map<string, SeedNode>,
  relationships: SeedRelationship[],
  texts: Map<string, string>,
): { issues: SeedIssue[]; verified: QuoteCounts } {
  const issues: SeedIssue[] = [];
  const verified: QuoteCounts = {};
  // Each paper's text is prepared for the search once, for all the quotes taken from it.
  const cited = new Map<string, CitedText>();
  for (const node of nodes.values()) {
    const file = node.properties.file;
    if (node.kind !== 'Document' || typeof file !== 'string') continue;
    const text = texts.get(file);
    if (!PAPER_FILE_PATTERN.test(file)) continue;
    if (!file.endsWith(`/${node.id}.txt`)) {
      const named = `must be named by the Document's id, e.g. "${paperFilePath(node.id)}", got "${file}"`;
      issues.push({ ...node.at, field: 'file', message: named });
    } else if (text === undefined) {
      issues.push({ ...node.at, field: 'file', message: `names no file of the dataset ("${file}")` });
    } else {
      cited.set(node.id, { id: node.id, text, file, find: quoteFinder(text) });
      verified[node.id] = 0;
    }
  }
  for (const relationship of relationships) {
    const source = relationship.properties.source!;
    const paper = cited.get(source);
    if (paper === undefined) continue;
    const problem = quoteProblem(relationship.type, relationship.properties.evidence, paper);
    if (problem) issues.push({ ...relationship.at, ...problem });
    else if (relationship.properties.evidence !== undefined) verified[source]! += 1;
  }
  return { issues, verified };
}
