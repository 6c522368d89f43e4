import type { NodeKind, RelationshipType } from '../model';

export type PropertyValue = string | string[] | number;

/** Where an entry stands in the curated files, for error messages. */
export interface Location {
  file: string;
  /** The line (1-based) the entry starts on, where the file was read from YAML. */
  line?: number;
  entry: string;
}

export interface SeedNode {
  kind: NodeKind;
  id: string;
  properties: Record<string, PropertyValue>;
  at: Location;
}

export interface SeedRelationship {
  type: RelationshipType;
  from: string;
  to: string;
  /** Holds `source` and `status` always, and the optional relationship properties that are given. */
  properties: Record<string, string>;
  at: Location;
}

export interface Dataset {
  nodes: SeedNode[];
  relationships: SeedRelationship[];
  /** How many evidence quotes were found in each paper's text, by Document id. */
  verifiedQuotes: Record<string, number>;
  /** When the dataset includes the municipality register: what it read, and the Document its facts cite. */
  register?: RegisterSummary;
}

export interface RegisterSummary {
  source: string;
  /** Rows read per record type (10 Land … 60 Gemeinde). */
  rows: Record<string, number>;
  /** The curated cities that are register municipalities too, by id. */
  merged: string[];
}

export { relationshipKey } from '../model';

export interface SeedIssue extends Location {
  field?: string;
  message: string;
}

/** A dataset that cannot be loaded; nothing has been written. */
export class SeedValidationError extends Error {
  constructor(readonly issues: SeedIssue[]) {
    super(
      `The dataset has ${issues.length} error${issues.length === 1 ? '' : 's'}:\n${issues.map(formatIssue).join('\n')}`,
    );
    this.name = 'SeedValidationError';
  }
}

export function formatIssue(issue: SeedIssue): string {
  const field = issue.field ? `, field "${issue.field}"` : '';
  const line = issue.line ? `:${issue.line}` : '';
  return `  ${issue.file}${line}: ${issue.entry}${field}: ${issue.message}`;
}
