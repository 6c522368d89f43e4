import type { ManagedTransaction } from 'neo4j-driver';
import { toPlain } from './read';
import { runQuery } from './executor';

/**
 * The label of change-log entries. It is not a node kind and the entries never carry the Entity label, so search,
 * paths, seeding and export never see them.
 */
export const CHANGE_LABEL = 'CurationChange';

export type ChangeOperation = 'createEntity' | 'updateEntity' | 'link' | 'unlink';

export interface ChangeInput {
  curator: string;
  operation: ChangeOperation;
  /** A node's id, or a relationship's key "from -[TYPE]-> to @ source". */
  target: string;
  /** The Document the fact cites; null for a change to a node. */
  source: string | null;
  /** The entry after the change, as JSON; null when it was removed. */
  after: string | null;
}

export interface ChangeEntry extends ChangeInput {
  /** The entry's element id, to mark exactly the entries an export read. */
  ref: string;
  at: string;
  exported: boolean;
}

/** Records one curator change, inside the transaction that makes it, so the log and the graph never disagree. */
export async function recordChange(tx: ManagedTransaction, change: ChangeInput): Promise<void> {
  await runQuery(tx, {
    name: 'record-change',
    cypher: `CREATE (c:${CHANGE_LABEL}) SET c = $change, c.at = datetime(), c.exported = false`,
    params: { change },
  });
}

/** The change log, oldest first; only the changes no export has written yet when `unexportedOnly`. */
export async function readChanges(tx: ManagedTransaction, unexportedOnly: boolean): Promise<ChangeEntry[]> {
  const rows = await runQuery<{ change: Record<string, unknown> }>(tx, {
    name: 'read-changes',
    cypher: `MATCH (c:${CHANGE_LABEL}) WHERE NOT $unexportedOnly OR NOT c.exported
             RETURN c {.*, ref: elementId(c)} AS change ORDER BY c.at, elementId(c)`,
    params: { unexportedOnly },
  });
  return rows.map(({ change }) => {
    const plain = toPlain(change) as Record<string, unknown>;
    return {
      ref: plain.ref as string,
      at: plain.at as string,
      curator: plain.curator as string,
      operation: plain.operation as ChangeOperation,
      target: plain.target as string,
      source: (plain.source as string | null) ?? null,
      after: (plain.after as string | null) ?? null,
      exported: plain.exported === true,
    };
  });
}

/** Marks the changes an export read as written by it; changes made since stay unexported. */
export async function markExported(tx: ManagedTransaction, changes: ChangeEntry[]): Promise<void> {
  await runQuery(tx, {
    name: 'mark-changes-exported',
    cypher: `MATCH (c:${CHANGE_LABEL}) WHERE elementId(c) IN $refs SET c.exported = true`,
    params: { refs: changes.map((change) => change.ref) },
  });
}

/** One line for a change: when, who, what. */
export function formatChange(change: ChangeEntry): string {
  const source = change.source ? ` (source ${change.source})` : '';
  return `${change.at} ${change.curator} ${change.operation} ${change.target}${source}`;
}
