import { ENTITY_LABEL, NODE_KIND_NAMES, RELATIONSHIP_TYPE_NAMES } from '../model';
import type { Executor } from './executor';

export const SEARCH_INDEX = 'entity_search';

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
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}}";
  const about = RELATIONSHIP_TYPE_NAMES.map(
    (type) => `CREATE INDEX ${type.toLowerCase()}_about IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.about)`,
  );
  // A municipality is asked for by its AGS, and lists of them are cut by population.
  const register = ['ags', 'population'].map(
    (property) => `CREATE INDEX city_${property} IF NOT EXISTS FOR (n:City) ON (n.${property})`,
  );
  return [...uniqueIds, search, ...about, ...register];
}

/** Creates whatever constraints and indexes are missing, then waits until they are online. */
export async function applyGraphSchema(executor: Executor): Promise<void> {
  for (const cypher of schemaStatements()) {
    await executor.write({ name: 'schema', cypher });
  }
  await executor.read({ name: 'schema-await', cypher: 'CALL db.awaitIndexes(60)' });
}
