import { int } from '../db/convert';
import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';
import { ENTITY_LABEL, FACT_RELATIONSHIP_TYPES, type NodeKind, type RelationshipType } from '../model';
import type { PaperDates } from './as-of';
import { requireNodes } from './lookup.service';
import { pageSize } from './pagination';
import { relationshipMap, toRelationshipRecord, type RelationshipRecord } from './relationship-record';

export type ChangeKind = 'FIRST_STATED' | 'STATUS_CHANGED';

export interface ChangeRecord {
  change: ChangeKind;
  /** The date of the paper that states the fact (or its new status). */
  date: string;
  fact: RelationshipRecord;
  /** For a status change: the statement before, from the newest earlier paper. */
  previous: RelationshipRecord | null;
}

export interface ChangesRequest {
  since: string;
  until?: string | null;
  /** Only facts of the city, its units and bodies, or about it. */
  city?: string | null;
  /** Only facts with an end of one of these kinds. */
  kinds?: NodeKind[] | null;
  types?: RelationshipType[] | null;
  /** Also the facts of register editions (papers whose date is the state of their data); left out by default. */
  withRegister?: boolean | null;
  first: number;
}

/**
 * The facts whose paper is dated in the window, each with the newest earlier statement of the same relationship
 * (same start, type and end): a fact with none was first stated then, one whose status differs from it changed.
 * Papers' dates come as a parameter map, the same dates the as-of answers use. The city, its units and bodies are
 * found once, before the scan: a pattern on the city inside the scan's filter made Neo4j look the city up anew for
 * every relationship (67 s for Koblenz with the register loaded).
 */
const CHANGES = `
OPTIONAL MATCH (city:City {id: $city})
CALL (city) {
  OPTIONAL MATCH (city)<-[:PART_OF*0..2]-(holder:${ENTITY_LABEL})
  RETURN collect(holder) AS holders
}
MATCH (a:${ENTITY_LABEL})-[r]->(b:${ENTITY_LABEL})
WHERE type(r) IN $types AND $papers[r.source] >= $since AND $papers[r.source] <= $until
  AND ($city IS NULL OR r.about = $city OR a IN holders OR b IN holders)
  AND ($kinds IS NULL OR any(label IN labels(a) + labels(b) WHERE label IN $kinds))
CALL (a, r, b) {
  OPTIONAL MATCH (a)-[p]->(b)
  WHERE type(p) = type(r) AND $papers[p.source] < $papers[r.source]
  RETURN p ORDER BY $papers[p.source] DESC LIMIT 1
}
WITH a, r, b, p WHERE p IS NULL OR p.status <> r.status
RETURN ${relationshipMap('a', 'r', 'b')} AS fact,
       CASE WHEN p IS NULL THEN null ELSE ${relationshipMap('a', 'p', 'b')} END AS previous,
       $papers[r.source] AS date
ORDER BY date, type(r), a.id, b.id, r.source
LIMIT $limit`;

const LAST_DAY = '9999-12-31';

/** The statement for a checked request. */
export function changesQuery(request: ChangesRequest, papers: Record<string, string>): Query {
  return {
    name: 'changes',
    cypher: CHANGES,
    params: {
      since: request.since,
      until: request.until ?? LAST_DAY,
      city: request.city ?? null,
      kinds: request.kinds?.length ? request.kinds : null,
      types: request.types?.length ? request.types : FACT_RELATIONSHIP_TYPES,
      papers,
      limit: int(pageSize(request.first)),
    },
  };
}

/** What the papers dated from `since` to `until` first stated, and which statuses they changed, oldest first. */
export async function changes(executor: Executor, request: ChangesRequest, dates: PaperDates): Promise<ChangeRecord[]> {
  if (request.until && request.until < request.since) {
    throw badInput(`"until" (${request.until}) is before "since" (${request.since})`, { argument: 'until' });
  }
  if (request.city) await requireNodes(executor, [request.city], 'City');
  const papers = [...dates.dated].filter(([id]) => request.withRegister || !dates.standing.has(id));
  const rows = await executor.read<{ fact: unknown; previous: unknown; date: string }>(
    changesQuery(request, Object.fromEntries(papers)),
  );
  return rows.map((row) => ({
    change: row.previous ? 'STATUS_CHANGED' : 'FIRST_STATED',
    date: row.date,
    fact: toRelationshipRecord(row.fact),
    previous: row.previous ? toRelationshipRecord(row.previous) : null,
  }));
}
