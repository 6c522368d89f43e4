import { echo } from '../errors/codes';
import type { Executor, Query } from '../db/executor';
import { notFound } from '../errors/app-error';
import { ID_PATTERN, type NodeKind } from '../model';
import type { NodeRecord } from '../db/read';
import { nodesByIds } from './nodes.service';
import { closestIds } from './search.service';

/**
 * The NOT_FOUND answer for an unknown id (or one of another kind): it names the closest ids of the wanted kind,
 * in the message and as `didYouMean` in the error's extensions.
 */
export async function unknownId(executor: Executor, id: string, kind: NodeKind | null, found?: NodeRecord | null) {
  const what = kind ?? 'node';
  // A text that is no id even in lower case names no node: nothing to look up, however long the text.
  const [sameLetters] = ID_PATTERN.test(id.toLowerCase()) ? await nodesByIds(executor, [id.toLowerCase()]) : [];
  const closest = await closestIds(executor, id.replace(/[-_]/g, ' '), kind ? [kind] : null);
  const exact = sameLetters && sameLetters.id !== id && (!kind || sameLetters.kind === kind) ? [sameLetters.id] : [];
  const didYouMean = [...new Set([...exact, ...closest])].slice(0, 3);
  const other = found ? ` ("${id}" is a ${found.kind})` : '';
  const hint = didYouMean.length ? `; did you mean ${didYouMean.map((d) => `"${d}"`).join(', ')}?` : '';
  return notFound(`No ${what} has the id "${echo(id)}"${other}${hint}`, { argument: 'id', didYouMean });
}

/** The nodes of `ids`, in order; an unknown id, or a node not of `kind`, answers NOT_FOUND with the closest ids. */
export async function requireNodes(executor: Executor, ids: string[], kind: NodeKind | null = null) {
  const records = await nodesByIds(executor, ids);
  for (const [i, record] of records.entries()) {
    if (!record || (kind && record.kind !== kind)) throw await unknownId(executor, ids[i]!, kind, record);
  }
  return records as NodeRecord[];
}

/** Longer than any council reference: such a text is not looked up among the papers' references. */
const LONGEST_REFERENCE = 100;

/**
 * The id a root field looks up for what was asked: ids are lower case, so "Koblenz" is "koblenz"; a council
 * reference ("AW/0095/2019") that names one paper is that paper's id. Anything else is kept, to answer NOT_FOUND.
 */
export async function canonicalId(executor: Executor, asked: string): Promise<string> {
  if (ID_PATTERN.test(asked)) return asked;
  if (ID_PATTERN.test(asked.toLowerCase())) return asked.toLowerCase();
  if (asked.length > LONGEST_REFERENCE) return asked;
  const papers = await executor.read<{ id: string }>(documentIdsQuery(asked));
  return papers.length === 1 ? papers[0]!.id : asked;
}

/** Finds Documents by id or council reference (a reference may name papers of several councils). */
export function documentIdsQuery(idOrReference: string): Query {
  return {
    name: 'document-ids',
    cypher: 'MATCH (d:Document) WHERE d.id = $ref OR d.reference = $ref RETURN d.id AS id ORDER BY d.id',
    params: { ref: idOrReference },
  };
}

/** The ids of the Documents that `idOrReference` names; none answers NOT_FOUND with the closest papers. */
export async function requireDocuments(executor: Executor, idOrReference: string): Promise<string[]> {
  const rows = await executor.read<{ id: string }>(documentIdsQuery(idOrReference));
  if (rows.length > 0) return rows.map((row) => row.id);
  const didYouMean = await closestIds(executor, idOrReference.replace(/[-_]/g, ' '), ['Document']);
  const hint = didYouMean.length ? `; did you mean ${didYouMean.map((d) => `"${d}"`).join(', ')}?` : '';
  throw notFound(`No Document has the id or reference "${echo(idOrReference)}"${hint}`, {
    argument: 'source',
    didYouMean,
  });
}
