import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, graphql, type GraphQLSchema } from 'graphql';
import { DEFAULT_SEED_DIR } from '../../src/config/project-paths';
import { AppError } from '../../src/errors/app-error';
import { createContext } from '../../src/graphql/context';
import { createSchema } from '../../src/graphql/schema';
import { PassageService } from '../../src/services/passage.service';
import { loadCuratedGraph } from '../support/curated-graph';
import { everyFieldQueries, type ArgumentValues } from '../support/every-field';
import { TEST_BROWSER_URL } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

/** Real values for required arguments, by name, from the curated graph; a new required argument needs one here. */
const CURATED_VALUES: ArgumentValues = {
  id: 'koblenz',
  ids: ['koblenz', 'koeln-stabsstelle-digitalisierung', 'koblenz-it-beirat', 'koblenz-st-0078-2025', 'ozg'],
  city: 'koblenz',
  from: 'koblenz',
  to: 'trier',
  subject: 'cdo',
  text: 'Koblenz',
  since: '2021-01-01',
};

/** Depth 3 below each root field: a node's relationships, their ends and the ends' fields. */
const DEPTH = 3;

/**
 * The queries come from the committed schema file, which a unit test keeps equal to the code's schema; so every
 * root field is a test of its own, known before the executable schema is built.
 */
const SDL = buildSchema(fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8'));
/** Root fields whose arguments are all optional, one of them to be given. */
const CHOSEN_ARGUMENTS = { city: ['id'] };

const QUERIES = everyFieldQueries(SDL, DEPTH, CURATED_VALUES, CHOSEN_ARGUMENTS);

describe('every field of the schema, on the curated dataset', () => {
  let db: TestDb;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    schema = await createSchema();
  });
  afterAll(() => db?.close());

  it('when the schema is walked, then every root field of the running schema has a query', () => {
    expect(QUERIES.map((q) => q.field).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
  });

  it.each(QUERIES.map((q) => [q.field, q.query]))(
    'when %s is asked for every field to depth 3, then it answers without a server error',
    async (field, query) => {
      const link = { browserUrl: TEST_BROWSER_URL, boltUrl: process.env.TEST_NEO4J_URI!, database: 'neo4j' };
      const passages = new PassageService(DEFAULT_SEED_DIR);
      const context = createContext(db.executor, null, link, passages, Date.now() + 60_000, 60_000);
      const result = await graphql({ schema, source: query, contextValue: context });
      const serverErrors = (result.errors ?? []).filter((e) => !(e.originalError instanceof AppError));
      expect(serverErrors.map((e) => `${e.message} at ${e.path?.join('.')}`)).toEqual([]);
      expect(result.data?.[field]).not.toBeNull();
    },
  );
});
