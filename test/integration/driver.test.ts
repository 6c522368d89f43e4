import { openTestDb, uniqueId, type TestDb } from '../support/test-db';

describe('the Neo4j driver against the test instance', () => {
  let db: TestDb;
  beforeAll(() => {
    db = openTestDb();
  });
  afterAll(() => db.close());

  it('when a node is written, then it can be read back with its properties', async () => {
    const id = uniqueId('driver-test');
    await db.executor.write({
      name: 'test-create',
      cypher: 'CREATE (:DriverTest {id: $id, name: $name})',
      params: { id, name: 'Köln' },
    });
    try {
      const rows = await db.executor.read<{ name: string }>({
        name: 'test-read',
        cypher: 'MATCH (n:DriverTest {id: $id}) RETURN n.name AS name',
        params: { id },
      });
      expect(rows).toEqual([{ name: 'Köln' }]);
    } finally {
      await db.executor.write({
        name: 'test-delete',
        cypher: 'MATCH (n:DriverTest {id: $id}) DELETE n',
        params: { id },
      });
    }
  });
});
