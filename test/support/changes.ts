/** A fact as `changes` answers it when asked for `type from { id } to { id } [status] source { id }`. */
export interface ChangedFact {
  type: string;
  from: string;
  to: string;
  /** Only when the query asks for it. */
  status?: string;
  source: string;
}

/** A change as `changes` answers it: `change date fact { … }`, and `previous { status source { id } }` when given. */
export function changeOf(
  change: 'FIRST_STATED' | 'STATUS_CHANGED',
  date: string,
  { type, from, to, status, source }: ChangedFact,
  previous?: { status: string; source: string },
) {
  return {
    change,
    date,
    fact: { type, from: { id: from }, to: { id: to }, ...(status && { status }), source: { id: source } },
    ...(previous && { previous: { status: previous.status, source: { id: previous.source } } }),
  };
}
