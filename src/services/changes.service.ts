import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';
import { ENTITY_LABEL, FACT_RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from '../model';
import { factsAboutPatterns } from './facts-about';
import { rootAndAdministration } from './administration';
import { isStanding, paperDateText, paperDay } from './as-of';
import { requireNodes } from './lookup.service';
import { fetchPage, type Page, type PageRequest } from './pagination';
import { kindOf, relationshipMap, toRelationshipRecord, type RelationshipRecord } from '../db/read';

export const CHANGE_KINDS = ['FIRST_STATED', 'STATUS_CHANGED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ChangeRecord {
  change: ChangeKind;
  /** The date of the paper that states the fact (or its new status). */
  date: string;
  fact: RelationshipRecord;
  /** For a status change: the statement before, from the newest earlier paper. */
  previous: RelationshipRecord | null;
}

export const CHANGE_ORDERS = ['OLDEST_FIRST', 'NEWEST_FIRST'] as const;
export type ChangeOrder = (typeof CHANGE_ORDERS)[number];

export interface ChangesRequest {
  since: string;
  until?: string | null;
  /** Only facts of the city and its administration (organisations, units, bodies at any depth), or about it. */
  city?: string | null;
  /** Only facts that touch this node or are about it. */
  node?: string | null;
  /** Only facts with an end of one of these kinds. */
  kinds?: NodeKind[] | null;
  types?: RelationshipType[] | null;
  /** Also the facts of register editions (papers whose date is the state of their data); left out by default. */
  withRegister?: boolean | null;
  /** By the paper's date (the date each change shows); default oldest first. */
  order?: ChangeOrder | null;
}

/**
 * The facts that touch one of the nodes in list `anchors` or are about node `$target` (`factsAboutPatterns`), instead
 * of a scan of every relationship in the graph.
 */
const touching = (anchors: string) => `
CALL (${anchors}) {
  UNWIND ${anchors} AS anchor
  MATCH (anchor)-[r]-(:${ENTITY_LABEL})
  RETURN startNode(r) AS a, r, endNode(r) AS b
  UNION
${factsAboutPatterns('$target')
  .map((pattern) => `  MATCH ${pattern} RETURN a, r, b`)
  .join('\n  UNION\n')}
}`;

/**
 * Where the facts come from: for a city, those of it and its administration (found once, before the facts: a pattern
 * on the city inside the facts' filter made Neo4j look the city up anew for every relationship, 67 s for Koblenz with
 * the register loaded) or about it; for a node, those that touch it or are about it; else every relationship.
 */
const CANDIDATES = {
  city: `
MATCH (city:City {id: $city})
CALL (city) {
  MATCH ${rootAndAdministration('city', 'holder')}
  RETURN collect(holder) AS holders
}${touching('holders')}`,
  node: `
MATCH (node:${ENTITY_LABEL} {id: $node})
WITH [node] AS nodes${touching('nodes')}`,
  all: `
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})`,
};

/** Cypher: whether paper `d` may state a change: any paper with $withRegister, else no register edition. */
const inScope = (d: string) => `($withRegister OR NOT ${isStanding(d)})`;

/**
 * The facts whose paper is dated in the window (`paperDay`: a year's or a month's paper from the last day of its
 * period, as the as-of answers count it), each with the newest earlier statement of the same relationship (same
 * start, type and end): a fact with none was first stated then, one whose status differs from it changed. Register
 * editions count only when asked for, as changes and as earlier statements alike. Each paper is sought by its id,
 * only for the facts at hand.
 */
const matchChanges = (from: keyof typeof CANDIDATES) => `${CANDIDATES[from]}
WITH a, r, b WHERE type(r) IN $types
  AND ($node IS NULL OR r.about = $node OR a.id = $node OR b.id = $node)
  AND ($kinds IS NULL OR ${kindOf('a')} IN $kinds OR ${kindOf('b')} IN $kinds)
MATCH (paper:Document {id: r.source})
WITH a, r, b, paper, ${paperDay('paper')} AS day
WHERE day >= date($since) AND day <= date($until) AND ${inScope('paper')}
OPTIONAL CALL (a, r, b, day) {
  MATCH (a)-[p]->(b) WHERE type(p) = type(r) AND p.source <> r.source
  MATCH (earlier:Document {id: p.source})
  WITH p, ${paperDay('earlier')} AS earlierDay
  WHERE earlierDay < day AND ${inScope('earlier')}
  RETURN p ORDER BY earlierDay DESC LIMIT 1
}
WITH a, r, b, paper, day, p WHERE p IS NULL OR p.status <> r.status`;

const ORDERS: Record<ChangeOrder, string> = {
  OLDEST_FIRST: 'day, type(r), a.id, b.id, r.source',
  NEWEST_FIRST: 'day DESC, type(r), a.id, b.id, r.source',
};

const LAST_DAY = '9999-12-31';

/** The page and count statements for a checked request. */
export function changesQueries(request: ChangesRequest): { page: Query; count: Query } {
  const params = {
    since: request.since,
    until: request.until ?? LAST_DAY,
    city: request.city ?? null,
    node: request.node ?? null,
    kinds: request.kinds?.length ? request.kinds : null,
    types: request.types?.length ? request.types : FACT_RELATIONSHIP_TYPES,
    withRegister: request.withRegister ?? false,
    target: request.city ?? request.node ?? null,
  };
  const matched = matchChanges(request.city ? 'city' : request.node ? 'node' : 'all');
  return {
    page: {
      name: 'changes',
      cypher: `${matched}
RETURN ${relationshipMap('a', 'r', 'b')} AS fact,
       CASE WHEN p IS NULL THEN null ELSE ${relationshipMap('a', 'p', 'b')} END AS previous,
       ${paperDateText('paper')} AS date, day
ORDER BY ${ORDERS[request.order ?? 'OLDEST_FIRST']}
SKIP $offset LIMIT $limit`,
      params,
    },
    count: { name: 'changes-count', cypher: `${matched}\nRETURN count(r) AS total`, params },
  };
}

/**
 * One page of what the papers dated from `since` to `until` first stated, and of the statuses they changed, by the
 * papers' dates (oldest first unless asked otherwise), with the count over all pages.
 */
export async function changes(
  executor: Executor,
  request: ChangesRequest,
  page: PageRequest,
): Promise<Page<ChangeRecord>> {
  if (request.until && request.until < request.since) {
    throw badInput(`"until" (${request.until}) is before "since" (${request.since})`, { argument: 'until' });
  }
  if (request.city) await requireNodes(executor, [request.city], 'City');
  if (request.node) await requireNodes(executor, [request.node]);
  return fetchPage(
    executor,
    page,
    changesQueries(request),
    (row: { fact: unknown; previous: unknown; date: string }): ChangeRecord => ({
      change: row.previous ? 'STATUS_CHANGED' : 'FIRST_STATED',
      date: row.date,
      fact: toRelationshipRecord(row.fact),
      previous: row.previous ? toRelationshipRecord(row.previous) : null,
    }),
  );
}
