import type { Executor, Query } from '../db/executor';
import type { RelationshipRecord } from './relationship-record';

/** Every paper's date: the date on it, else the one inferred for it (see Document.dateBasis); papers with neither. */
export interface PaperDates {
  dated: Map<string, string>;
  undated: Set<string>;
}

/** The graph as the papers documented it on `date`: the papers dated on or before it, and those without a date. */
export interface AsOf {
  date: string;
  /** Paper id → its date, for the papers dated on or before `date`. */
  papers: Record<string, string>;
  undated: string[];
}

export const PAPER_DATES: Query = {
  name: 'paper-dates',
  cypher: `MATCH (d:Document) RETURN d.id AS id, toString(coalesce(d.date, d.inferredDate)) AS date`,
};

export async function readPaperDates(executor: Executor): Promise<PaperDates> {
  const rows = await executor.read<{ id: string; date: string | null }>(PAPER_DATES);
  const dated = new Map<string, string>();
  const undated = new Set<string>();
  for (const row of rows) {
    if (row.date) dated.set(row.id, row.date);
    else undated.add(row.id);
  }
  return { dated, undated };
}

export function asOfScope(dates: PaperDates, date: string): AsOf {
  const papers: Record<string, string> = {};
  for (const [id, paperDate] of dates.dated) if (paperDate <= date) papers[id] = paperDate;
  return { date, papers, undated: [...dates.undated] };
}

/** The parameters the Cypher below reads; without an as-of date every fact counts. */
export const asOfParams = (scope: AsOf | null) => ({
  asOf: scope?.date ?? null,
  asOfPapers: scope?.papers ?? {},
  undatedPapers: scope?.undated ?? [],
});

/** Cypher: whether fact `r` counts as of $asOf: its paper is dated on or before it, and it had not ended before it. */
export const countsAsOf = (r: string) =>
  `($asOf IS NULL OR ($asOfPapers[${r}.source] IS NOT NULL AND (${r}.until IS NULL OR ${r}.until >= date($asOf))))`;

/** Cypher: whether a newer paper, on or before $asOf, states the same relationship as `r` between `a` and `b`. */
export const supersededAsOf = (a: string, r: string, b: string) =>
  `($asOf IS NOT NULL AND EXISTS { MATCH (${a})-[newer]->(${b}) WHERE type(newer) = type(${r}) ` +
  `AND $asOfPapers[newer.source] > $asOfPapers[${r}.source] })`;

/** The ends and type that make two statements the same relationship. */
export function relationshipIdentity(fact: RelationshipRecord): string {
  const [start, end] = fact.aboutFrom
    ? [fact.aboutFrom.id, fact.node.id]
    : fact.direction === 'OUTGOING'
      ? [fact.ownerId, fact.node.id]
      : [fact.node.id, fact.ownerId];
  return `${start} ${fact.type} ${end}`;
}

/**
 * The facts that count as of the scope: their paper dated on or before it, not ended before it, and of several
 * statements of one relationship only the newest paper's. Facts whose paper has no date are counted as left out.
 */
export function factsAsOf(facts: RelationshipRecord[], scope: AsOf): { facts: RelationshipRecord[]; leftOut: number } {
  const undated = new Set(scope.undated);
  const leftOut = facts.filter((fact) => undated.has(fact.source)).length;
  const counting = facts.filter(
    (fact) => scope.papers[fact.source] !== undefined && (fact.until === null || fact.until >= scope.date),
  );
  const newest = new Map<string, string>();
  for (const fact of counting) {
    const key = relationshipIdentity(fact);
    const date = scope.papers[fact.source]!;
    if ((newest.get(key) ?? '') < date) newest.set(key, date);
  }
  const kept = counting.filter((fact) => scope.papers[fact.source] === newest.get(relationshipIdentity(fact)));
  return { facts: kept, leftOut };
}

/** Runs a statement that counts facts with undated papers (`RETURN count(…) AS total`); 0 without an as-of date. */
export async function countUndated(executor: Executor, scope: AsOf | null, query: Query): Promise<number> {
  if (!scope) return 0;
  const [row] = await executor.read<{ total: number }>(query);
  return row?.total ?? 0;
}
