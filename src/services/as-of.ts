import { storedDateText } from '../db/read';
import type { Executor, Query } from '../db/executor';
import { lastDay, STATE_OF_DATA } from '../model';

/**
 * Every paper's date: the date on it, else the one inferred for it (see Document.dateBasis), as precise as it is
 * ("2019", "2019-11" or "2019-11-05"); papers with neither.
 */
export interface PaperDates {
  dated: Map<string, string>;
  undated: Set<string>;
  /** The papers whose date is the state of their data (a register's edition): they hold as of any earlier date too. */
  standing: Set<string>;
}

/** The graph as the papers documented it on `date`: the papers that count on it, and those without a date. */
export interface AsOf {
  date: string;
  /**
   * Paper id → the day from which it counts, for the papers that count on `date`: its date, or the last day of its
   * year or month (DATE_PRECISION_RULE).
   */
  papers: Record<string, string>;
  undated: string[];
}

/** Cypher: paper `d`'s date as text, the date on it, else the one inferred for it; null for neither. */
export const paperDateText = (d: string) =>
  `coalesce(${storedDateText(d, 'date')}, ${storedDateText(d, 'inferredDate')})`;

/** Cypher: the date of the paper fact `r` cites (`paperDateText`), sought by its id. */
export const sourceDateText = (r: string) =>
  `COLLECT { MATCH (paper:Document {id: ${r}.source}) RETURN ${paperDateText('paper')} }[0]`;

export const PAPER_DATES: Query = {
  name: 'paper-dates',
  cypher: `MATCH (d:Document)
RETURN d.id AS id, ${paperDateText('d')} AS date, d.dateMeaning = '${STATE_OF_DATA}' AS standing`,
};

export async function readPaperDates(executor: Executor): Promise<PaperDates> {
  const rows = await executor.read<{ id: string; date: string | null; standing: boolean | null }>(PAPER_DATES);
  const dated = new Map<string, string>();
  const undated = new Set<string>();
  const standing = new Set<string>();
  for (const row of rows) {
    if (row.date) dated.set(row.id, row.date);
    else undated.add(row.id);
    if (row.standing) standing.add(row.id);
  }
  return { dated, undated, standing };
}

/**
 * The papers that count on `date`: those dated on or before it (a paper of a year or a month from the last day of
 * its period: DATE_PRECISION_RULE), and a register's edition whatever its date, since its date is the state of its
 * data, not the day its structure began; it holds until a newer edition replaces it.
 */
export function asOfScope(dates: PaperDates, date: string): AsOf {
  const papers: Record<string, string> = {};
  for (const [id, paperDate] of dates.dated) {
    const from = lastDay(paperDate);
    if (from <= date || dates.standing.has(id)) papers[id] = from;
  }
  return { date, papers, undated: [...dates.undated] };
}

/** The parameters `countsAsOf` reads; without an as-of date every fact counts. */
export const asOfParams = (scope: AsOf | null) => ({
  asOf: scope?.date ?? null,
  asOfPapers: scope?.papers ?? {},
  undatedPapers: scope?.undated ?? [],
});

/**
 * Cypher: the as-of rule, the one predicate every query applies to fact `r` (from `a` to `b`). Without $asOf every
 * fact counts. With it, a fact counts when its paper counts on $asOf (see `asOfScope`), it had not ended before
 * $asOf (an end of a year or a month is its first day, as stored: DATE_PRECISION_RULE), and no newer paper that counts on $asOf states the same relationship (same start, type and end): the
 * newest paper decides.
 */
export const countsAsOf = (r: string, ends?: { a: string; b: string }) =>
  `($asOf IS NULL OR ($asOfPapers[${r}.source] IS NOT NULL ` +
  `AND (${r}.until IS NULL OR ${r}.until >= date($asOf)) ` +
  `AND NOT EXISTS { ${sameEnds(r, ends)} type(newer) = type(${r}) ` +
  `AND $asOfPapers[newer.source] > $asOfPapers[${r}.source] }))`;

/** Cypher: a relationship `newer` between the ends of `r`, named when the caller has them, else sought by id. */
const sameEnds = (r: string, ends?: { a: string; b: string }) =>
  ends
    ? `MATCH (${ends.a})-[newer]->(${ends.b}) WHERE`
    : `MATCH (s)-[newer]->(e) WHERE elementId(s) = elementId(startNode(${r})) ` +
      `AND elementId(e) = elementId(endNode(${r})) AND`;

/** Cypher: whether fact `r` cites a paper without a date, which an as-of answer leaves out and counts. */
export const undatedAsOf = (r: string) => `${r}.source IN $undatedPapers`;

/**
 * An answer as of a date, with the number of facts it left out for want of a dated paper (null without a date).
 * The GraphQL layer reports the number in the response's extensions and hands on `answer`.
 */
export class AsOfAnswer<T> {
  constructor(
    readonly answer: T,
    readonly undatedLeftOut: number | null,
  ) {}

  map<U>(f: (answer: T) => U): AsOfAnswer<U> {
    return new AsOfAnswer(f(this.answer), this.undatedLeftOut);
  }
}

/** Runs a statement that counts facts with undated papers (`RETURN count(…) AS total`); null without an as-of date. */
export async function countUndated(executor: Executor, scope: AsOf | null, query: Query): Promise<number | null> {
  if (!scope) return null;
  const [row] = await executor.read<{ total: number }>(query);
  return row?.total ?? 0;
}
