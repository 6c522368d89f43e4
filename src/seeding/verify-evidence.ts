import { describesPaper } from '../model';
import { findQuote } from '../provenance/quote-match';
import type { SeedIssue, SeedNode, SeedRelationship } from './dataset';

/** How many quotes were found in each paper's text, by Document id. */
export type QuoteCounts = Record<string, number>;

const excerpt = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 237)}...` : flat;
};

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
  const textOf = new Map<string, string>();
  const fileOf = new Map<string, string>();
  for (const node of nodes.values()) {
    const file = node.properties.file;
    if (node.kind !== 'Document' || typeof file !== 'string') continue;
    const text = texts.get(file);
    if (!file.endsWith(`/${node.id}.txt`)) {
      issues.push({ ...node.at, field: 'file', message: `must name the text file ${node.id}.txt, got "${file}"` });
    } else if (text === undefined) {
      issues.push({ ...node.at, field: 'file', message: `names no file of the dataset ("${file}")` });
    } else {
      textOf.set(node.id, text);
      fileOf.set(node.id, file);
      verified[node.id] = 0;
    }
  }
  for (const relationship of relationships) {
    const source = relationship.properties.source!;
    const text = textOf.get(source);
    if (text === undefined) continue;
    const evidence = relationship.properties.evidence;
    if (evidence === undefined) {
      if (!describesPaper(relationship.type))
        issues.push({ ...relationship.at, field: 'evidence', message: `is required: "${source}" has a text` });
      continue;
    }
    const result = findQuote(text, evidence);
    if (result.found) {
      verified[source]! += 1;
      continue;
    }
    if (result.refused) {
      issues.push({ ...relationship.at, field: 'evidence', message: `cannot be checked: the quote ${result.refused}` });
      continue;
    }
    const nearest = result.nearest
      ? `; nearest passage (similarity ${result.nearest.similarity.toFixed(2)}): "${excerpt(text.slice(result.nearest.start, result.nearest.end))}"`
      : '';
    issues.push({
      ...relationship.at,
      field: 'evidence',
      message: `is not in the text of "${source}" (${fileOf.get(source)})${nearest}`,
    });
  }
  return { issues, verified };
}
