import { storedDateText, storedLastDay } from '../db/read';
import type { Executor, Query } from '../db/executor';
import { STATE_OF_DATA } from '../model';

/** The graph as the papers documented it on `date` (a day, "2024-01-01"). */
export interface AsOf {
  date: string;
}

/** Cypher: paper `d`'s date as text, the date on it, else the one inferred for it; null for neither. */
export const paperDateText = (d: string) =>
  `coalesce(${storedDateText(d, 'date')}, ${storedDateText(d, 'inferredDate')})`;

/** Cypher: the date of the paper fact `r` cites (`paperDateText`), sought by its id. */
export const sourceDateText = (r: string) =>
  `COLLECT { MATCH (paper:Document {id: ${r}.source}) RETURN ${paperDateText('paper')} }[0]`;

/**
 * Cypher: the day from which paper `d` counts: its date (else the inferred one), a year's or a month's from the last
 * day of its period (DATE_PRECISION_RULE); null for a paper with neither.
 */
export const paperDay = (d: string) => `coalesce(${storedLastDay(d, 'date')}, ${storedLastDay(d, 'inferredDate')})`;

/** Cypher: whether paper `d`'s date is the state of its data (a register's edition). */
export const isStanding = (d: string) => `coalesce(${d}.dateMeaning = '${STATE_OF_DATA}', false)`;

/**
 * Cypher: whether paper `d` counts on $asOf: dated on or before it (`paperDay`), or a register's edition whatever its
 * date, since its date is the state of its data, not the day its structure began; it holds until a newer edition
 * replaces it.
 */
const countsOn = (d: string) => `(${paperDay(d)} <= date($asOf) OR ${isStanding(d)})`;

/** The parameters `countsAsOf` reads; without an as-of date every fact counts. */
export const asOfParams = (scope: AsOf | null) => ({ asOf: scope?.date ?? null });

/**
 * Cypher: the as-of rule, the one predicate every query applies to fact `r` (from `a` to `b`). Without $asOf every
 * fact counts. With it, a fact counts when its paper counts on $asOf (`countsOn`), it had not ended before $asOf (an
 * end of a year or a month is its first day, as stored: DATE_PRECISION_RULE), and no newer paper that counts on
 * $asOf states the same relationship (same start, type and end): the newest paper decides. Each paper is sought by
 * its id, only for the facts asked about: reading every paper's date for each request cost more at scale than the
 * answers themselves.
 */
export const countsAsOf = (r: string, ends?: { a: string; b: string }) =>
  `($asOf IS NULL OR ((${r}.until IS NULL OR ${r}.until >= date($asOf)) ` +
  `AND EXISTS { MATCH (paper:Document {id: ${r}.source}) WHERE ${countsOn('paper')} ` +
  `AND NOT ${statedByNewerPaper(r, 'paper', ends)} }))`;

/** Cypher: whether a paper newer than `paper` (fact `r`'s) that counts on $asOf states the same relationship. */
const statedByNewerPaper = (r: string, paper: string, ends?: { a: string; b: string }) =>
  `EXISTS { ${sameEnds(r, ends)} type(newer) = type(${r}) AND newer.source <> ${r}.source ` +
  `AND EXISTS { MATCH (newerPaper:Document {id: newer.source}) ` +
  `WHERE ${countsOn('newerPaper')} AND ${paperDay('newerPaper')} > ${paperDay(paper)} } }`;

/** Cypher: a relationship `newer` between the ends of `r`, named when the caller has them, else sought by id. */
const sameEnds = (r: string, ends?: { a: string; b: string }) =>
  ends
    ? `MATCH (${ends.a})-[newer]->(${ends.b}) WHERE`
    : `MATCH (s)-[newer]->(e) WHERE elementId(s) = elementId(startNode(${r})) ` +
      `AND elementId(e) = elementId(endNode(${r})) AND`;

/** Cypher: whether paper `d` has no date, neither on it nor inferred: an as-of answer cannot weigh its facts. */
const undated = (d: string) => `${d}.date IS NULL AND ${d}.inferredDate IS NULL`;

/** Cypher: whether fact `r` cites a paper without a date, which an as-of answer leaves out and counts. */
export const undatedAsOf = (r: string) =>
  `($asOf IS NOT NULL AND EXISTS { MATCH (paper:Document {id: ${r}.source}) WHERE ${undated('paper')} })`;

/**
 * Cypher, for statements that count over a large share of the graph's facts: binds `undatedPapers`, the ids of the
 * papers without a date, once, so that `citesUndated` is a list test instead of a seek per fact.
 */
export const UNDATED_PAPERS = `CALL () {
  MATCH (paper:Document) WHERE ${undated('paper')}
  RETURN collect(paper.id) AS undatedPapers
}`;

/** Cypher: whether fact `r` cites one of `UNDATED_PAPERS`. */
export const citesUndated = (r: string) => `${r}.source IN undatedPapers`;

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
