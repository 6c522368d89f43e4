import type { Executor, Query } from '../db/executor';
import { badInput } from '../errors/app-error';
import {
  ADMINISTRATION_KINDS,
  ADMINISTRATIVE_LEVELS,
  ENTITY_LABEL,
  isNodeKind,
  nodePropertySpecs,
  type NodeKind,
} from '../model';
import { kindOf, nodeMap, type NodeRecord, toNodeRecord } from '../db/read';
import { fetchPage, type Page, type PageRequest } from './pagination';

export interface EntityFilter {
  kinds?: NodeKind[] | null;
  state?: string | null;
  text?: string | null;
  land?: string | null;
  kreis?: string | null;
  verband?: string | null;
  minPopulation?: number | null;
  maxPopulation?: number | null;
  cityTypes?: string[] | null;
  urbanisation?: string[] | null;
}

export const ENTITY_ORDERS = {
  NAME_ASC: 'n.name ASC, n.id ASC',
  NAME_DESC: 'n.name DESC, n.id DESC',
  KIND: 'kind ASC, n.name ASC, n.id ASC',
} as const;

export type EntityOrder = keyof typeof ENTITY_ORDERS;

/**
 * The kinds become a label expression (`MATCH (n:City|Body)`), so that Neo4j scans only those labels rather than
 * every node: at 100,000 nodes, a page of cities reads a tenth of the graph. Kinds are checked against the model
 * before they enter the statement.
 */
function matchFiltered(kinds: NodeKind[] | null): string {
  return `
MATCH (n:${kinds ? kinds.join('|') : ENTITY_LABEL})
WITH n, ${kindOf('n')} AS kind
WHERE ($state IS NULL OR n.state = $state)
  AND ($text IS NULL OR toLower(n.name) CONTAINS $text
       OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))
  AND ($minPopulation IS NULL OR n.population >= $minPopulation)
  AND ($maxPopulation IS NULL OR n.population <= $maxPopulation)
  AND ($cityTypes IS NULL OR (n:City AND n.type IN $cityTypes))
  AND ($urbanisation IS NULL OR n.urbanisation IN $urbanisation)
  AND all(unit IN $within WHERE EXISTS {
        MATCH (n)((:${ADMINISTRATION_KINDS.join('|')})-[:PART_OF]->())*()
          (()-[:PART_OF]->()){1,${ADMINISTRATIVE_LEVELS.length}}(:${ENTITY_LABEL} {id: unit}) })`;
}

const pageCypher = (kinds: NodeKind[] | null, order: EntityOrder) => `${matchFiltered(kinds)}
RETURN ${nodeMap('n')} AS node
ORDER BY ${ENTITY_ORDERS[order]}
SKIP $offset LIMIT $limit`;

const countCypher = (kinds: NodeKind[] | null) => `${matchFiltered(kinds)}
RETURN count(n) AS total`;

/**
 * A filter on a property that the asked kinds do not have would quietly answer nothing: it is refused instead,
 * naming the filter that does apply ("state" on Gemeindeverbände: use "land").
 */
function checkApplies(filter: EntityFilter, kinds: NodeKind[] | null): void {
  const without = (property: string) =>
    (kinds ?? []).filter((kind) => !Object.hasOwn(nodePropertySpecs(kind), property));
  const stateless = filter.state ? without('state') : [];
  if (stateless.length > 0) {
    throw badInput(
      `"state" is a property of City only, not of ${stateless.join(', ')}: filter by "land" (the Land's id, e.g. ` +
        `"land-07") instead`,
      { argument: 'filter.state', use: 'land' },
    );
  }
  const unpopulated = without('population');
  for (const [name, given] of [
    ['minPopulation', filter.minPopulation],
    ['maxPopulation', filter.maxPopulation],
  ] as const) {
    if (given !== null && given !== undefined && unpopulated.length > 0) {
      throw badInput(`"${name}" applies to City only, not to ${unpopulated.join(', ')}`, {
        argument: `filter.${name}`,
      });
    }
  }
}

/** The page and count statements for a filter; unknown kinds are refused before they enter the statement. */
export function entitiesQueries(filter: EntityFilter, order: EntityOrder): { page: Query; count: Query } {
  const kinds = filter.kinds?.length ? [...new Set(filter.kinds)].sort() : null;
  const unknown = kinds?.find((kind) => !isNodeKind(kind));
  if (unknown !== undefined) throw badInput(`Unknown kind "${String(unknown)}"`, { argument: 'kinds' });
  checkApplies(filter, kinds);
  const params = {
    state: filter.state ?? null,
    text: filter.text ? filter.text.toLowerCase() : null,
    minPopulation: filter.minPopulation ?? null,
    maxPopulation: filter.maxPopulation ?? null,
    cityTypes: filter.cityTypes?.length ? filter.cityTypes : null,
    urbanisation: filter.urbanisation?.length ? filter.urbanisation : null,
    within: [filter.land, filter.kreis, filter.verband].filter((unit) => typeof unit === 'string'),
  };
  return {
    page: { name: 'entities-page', cypher: pageCypher(kinds, order), params },
    count: { name: 'entities-count', cypher: countCypher(kinds), params },
  };
}

/**
 * One page of nodes, filtered by kind, state, a piece of text in the name or aliases, the administrative units they
 * lie in, and a city's population, type and degree of urbanisation.
 */
export async function listEntities(
  executor: Executor,
  filter: EntityFilter,
  page: PageRequest,
  order: EntityOrder,
): Promise<Page<NodeRecord>> {
  return fetchPage(executor, page, entitiesQueries(filter, order), (row: { node: unknown }) => toNodeRecord(row.node));
}
