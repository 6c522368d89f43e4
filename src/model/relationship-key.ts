/** The identity of a relationship: the same fact stated by two papers is two relationships. */
export function relationshipKey(r: {
  type: string;
  from: string;
  to: string;
  properties: { source?: string };
}): string {
  return `${r.from} -[${r.type}]-> ${r.to} @ ${r.properties.source}`;
}
