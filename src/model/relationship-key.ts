/** The identity of a relationship: the same fact stated by two papers is two relationships. */
export function relationshipKey(r: {
  type: string;
  from: string;
  to: string;
  properties: { source?: string };
}): string {
  return `${r.from} -[${r.type}]-> ${r.to} @ ${r.properties.source}`;
}

/** The identity of a relationship as a curated file writes it: `from`, `type`, `to` and `source` side by side. */
export function entryKey(entry: Record<string, unknown>): string {
  return relationshipKey({
    from: String(entry.from),
    type: String(entry.type),
    to: String(entry.to),
    properties: { source: String(entry.source) },
  });
}
