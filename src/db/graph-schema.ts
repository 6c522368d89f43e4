import { ENTITY_LABEL, NODE_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../model';
import type { Executor } from './executor';

export const SEARCH_INDEX = 'entity_search';

/**
 * The search index's analyzer. The graph is German: the English stop words of `standard-folding` ate "IT" and "an",
 * and the `german` analyzer's eat "in", "an" and "will". No built-in analyzer folds accents without stop words, so
 * the index folds case only and the query builder adds the umlaut spellings (see services/search-query.ts).
 */
export const SEARCH_ANALYZER = 'standard-no-stop-words';

/**
 * The constraints and indexes the model asks for: unique ids per label and graph-wide, full-text search, and for
 * every relationship type an index on `about`, which precedents look facts up by.
 */
export function schemaStatements(): string[] {
  const uniqueIds = [ENTITY_LABEL, ...NODE_KIND_NAMES].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const search =
    `CREATE FULLTEXT INDEX ${SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABEL}) ON EACH [n.name, n.aliases, n.description] ` +
    `OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${SEARCH_ANALYZER}', \`fulltext.eventually_consistent\`: false}}`;
  const about = RELATIONSHIP_TYPE_NAMES.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_about IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.about)`,
  );
  // A municipality is asked for by its AGS, and lists of them are cut by population.
  const register = ['ags', 'population'].map(
    (property) => `CREATE INDEX city_${property} IF NOT EXISTS FOR (n:City) ON (n.${property})`,
  );
  return [...uniqueIds, search, ...about, ...register];
}

/** Finds the search index's analyzer, if the index exists. */
export const SEARCH_ANALYZER_CYPHER = `SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $name
RETURN options.indexConfig['fulltext.analyzer'] AS analyzer`;

/**
 * Creates whatever constraints and indexes are missing, then waits until they are online. A search index made with
 * another analyzer (by an older version) is dropped first, since `IF NOT EXISTS` would keep it as it is.
 */
export async function applyGraphSchema(executor: Executor): Promise<void> {
  const [existing] = await executor.read<{ analyzer: string }>({
    name: 'schema-search-analyzer',
    cypher: SEARCH_ANALYZER_CYPHER,
    params: { name: SEARCH_INDEX },
  });
  if (existing && existing.analyzer !== SEARCH_ANALYZER) {
    await executor.write({ name: 'schema-drop-search', cypher: `DROP INDEX ${SEARCH_INDEX}` });
  }
  for (const cypher of schemaStatements()) {
    await executor.write({ name: 'schema', cypher });
  }
  await executor.read({ name: 'schema-await', cypher: 'CALL db.awaitIndexes(60)' });
}
