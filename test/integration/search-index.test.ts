import { applyGraphSchema, SEARCH_ANALYZER, SEARCH_ANALYZER_CYPHER, SEARCH_INDEX } from '../../src/db/graph-schema';
import { openTestDb, type TestDb } from '../support/test-db';

describe('the search index of an existing database', () => {
  let db: TestDb;
  beforeAll(() => {
    db = openTestDb();
  });
  afterAll(async () => {
    await applyGraphSchema(db.executor);
    await db.close();
  });

  const analyzer = async () =>
    (
      await db.executor.read<{ analyzer: string }>({
        name: 'test-analyzer',
        cypher: SEARCH_ANALYZER_CYPHER,
        params: { name: SEARCH_INDEX },
      })
    )[0]?.analyzer;

  it('when the index was made with the old English analyzer, then applying the schema remakes it for German', async () => {
    await db.executor.write({ name: 'test-drop', cypher: `DROP INDEX ${SEARCH_INDEX} IF EXISTS` });
    await db.executor.write({
      name: 'test-old-index',
      cypher:
        `CREATE FULLTEXT INDEX ${SEARCH_INDEX} FOR (n:Entity) ON EACH [n.name, n.aliases, n.description] ` +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
    });
    expect(await analyzer()).toBe('standard-folding');
    await applyGraphSchema(db.executor);
    expect(await analyzer()).toBe(SEARCH_ANALYZER);
  });

  it('when the index already has the German analysis, then applying the schema keeps it', async () => {
    await applyGraphSchema(db.executor);
    await applyGraphSchema(db.executor);
    expect(await analyzer()).toBe(SEARCH_ANALYZER);
  });
});
