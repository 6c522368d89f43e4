/**
 * How precise a date is: a source that says "2019" gives a year, "im November 2017" a month, "am 22.11.2021" a day.
 * A date keeps its source's precision from the seed file to the answer.
 */
export const DATE_PRECISIONS = ['YEAR', 'MONTH', 'DAY'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A date as precise as its source, in ISO 8601: a year "2019", a month "2017-11" or a day "2017-11-05". */
export const DATE_PATTERN = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** A date to the day, as the arguments that name one day (asOf, a range's ends) take it. */
export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** How a date of each precision is written. */
export const DATE_FORMS: Record<DatePrecision, string> = { YEAR: 'YYYY', MONTH: 'YYYY-MM', DAY: 'YYYY-MM-DD' };

/**
 * What a date of a year or a month means where a day is compared with it, the one rule every analysis applies: a
 * year or month stands for its whole period, and an answer says only what the source makes certain. A paper of
 * "2019" counts as of 2019-12-31 (the last day of its year), not before; a fact that ended ("until") in 2019 counts
 * up to 2019-01-01, not after. Lists order such a date by its first day, before the days within it.
 */
export const DATE_PRECISION_RULE =
  'A date is as precise as its source says: a year "2019", a month "2017-11" or a day "2017-11-05" (ISO 8601). ' +
  'Compared with a day, a year or a month stands for its whole period and counts only where the source makes it ' +
  'certain: a paper of "2019" counts as of 2019-12-31, the last day of its year; a fact that ended ("until") in ' +
  '2019 counts up to 2019-01-01. Lists order a year or a month by its first day.';

/** The name of the stored property that keeps the precision of date property `name` in the graph (e.g. sincePrecision). */
export const precisionPropertyName = (name: string) => `${name}Precision`;

/** The precision of a date written as DATE_PATTERN says. */
export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'YEAR' : date.length === 7 ? 'MONTH' : 'DAY';
}

/** The first day of the period a date names: 2019 → 2019-01-01, 2017-11 → 2017-11-01. */
export function firstDay(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** The last day of the period a date names: 2019 → 2019-12-31, 2024-02 → 2024-02-29. */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length !== 7) return date;
  const [year, month] = date.split('-').map(Number);
  const days = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return `${date}-${String(days).padStart(2, '0')}`;
}

/** A date as precise as DATE_PATTERN allows and real: 2021-02-30 and 2021-13 are none. */
export function isIsoDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const day = firstDay(value);
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day);
}

/** A real calendar day YYYY-MM-DD. */
export function isIsoDay(value: string): boolean {
  return DAY_PATTERN.test(value) && isIsoDate(value);
}

/**
 * A seed file's date as text: YAML reads `since: 2019` as the number 2019, which names a year; anything else is
 * left as it is, for the checks to judge.
 */
export function dateText(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : value;
}
