import { QUERY_LIMITS } from '../../src/graphql/limits/query-limits';
import { useCuratedApp } from '../support/curated-graph';

describe('API behaviour: query counts and limits', () => {
  let queries = 0;
  let names: string[] = [];
  const curated = useCuratedApp({
    onQuery: (query) => {
      queries += 1;
      names.push(query.name);
    },
  });

  async function countQueries(query: string): Promise<number> {
    queries = 0;
    const { body } = await curated.app.graphql(query);
    expect(body.errors).toBeUndefined();
    return queries;
  }

  it('when a nested list grows from 5 to 100 nodes, then the number of Cypher queries stays the same', async () => {
    // Two levels of lists (a page of nodes, each node's relationships) with nodes to load below them, within the
    // cost limit at 100 nodes.
    const nested = (first: number) => `{ entities(first: ${first}) { edges { node { id
      relationships { type source { title } about { id } owner { id } node { name } } } } } }`;
    const small = await countQueries(nested(5));
    const large = await countQueries(nested(100));
    expect(large).toBe(small);
    // Per level: the page, its count, each level's own relationships and the facts about its nodes, the papers.
    expect(large).toBeLessThanOrEqual(8);
  });

  it('when precedents are asked without their similarity, then the similarity is not computed', async () => {
    const precedents = (fields: string) =>
      `{ precedents(subject: "cdo", forCity: "koblenz") { city { id } date ${fields} } }`;
    names = [];
    await countQueries(precedents(''));
    expect(names).not.toContain('similarity-scores');
    names = [];
    await countQueries(precedents('similarity'));
    expect(names).toContain('similarity-scores');
  });

  it('when a path query lists sources and owners of every step, then it costs a fixed number of queries', async () => {
    const count = await countQueries(`{ cooperationPaths(from: "koblenz", to: "koeln", first: 10, purpose: ANY) {
      steps { owner { name } source { title } about { name } node { relationships { type } } } } }`);
    // The paths, the nodes, their relationships, the facts about them, the papers.
    expect(count).toBeLessThanOrEqual(6);
  });

  it('when a node is asked with its relationships as of a date, then only those as of the date are loaded', async () => {
    const asked = [
      { query: '{ node(id: "koblenz") { relationships(asOf: "2024-01-01", withAdministration: true) { type } } }' },
      {
        query: `query ($asOf: LocalDate) { node(id: "koblenz") {
          relationships(asOf: $asOf, withAdministration: true) { type } } }`,
        variables: { asOf: '2024-01-01' },
      },
    ];
    for (const { query, variables } of asked) {
      names = [];
      const { body } = await curated.app.graphql(query, variables);
      expect(body.errors).toBeUndefined();
      expect(names.filter((name) => name === 'relationships-of-nodes')).toHaveLength(1);
      expect(names.filter((name) => name === 'administration-relationships')).toHaveLength(1);
    }
  });

  it('when a relationships field is given a date that is not a day, then it is refused and nothing is loaded for it', async () => {
    names = [];
    const { body } = await curated.app.graphql(
      '{ node(id: "koblenz") { relationships(asOf: "2024-13-45") { type } } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(names).not.toContain('relationships-of-nodes');
  });

  it('when a query nests deeper than the limit, then it is refused before it reaches Neo4j', async () => {
    let query = '{ node(id: "koeln") { id } }';
    for (let i = 0; i < QUERY_LIMITS.maxDepth; i++)
      query = query.replace('{ id }', '{ id relationships { node { id } } }');
    queries = 0;
    const { status, body } = await curated.app.graphql(query);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(queries).toBe(0);
  });

  it('when a query has more aliases than allowed, then it is refused', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { totalNodes }`).join(
      ' ',
    );
    const { status, body } = await curated.app.graphql(`{ ${aliases} }`);
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('when a list asks for no items, then the error is coded and shows no internals', async () => {
    const { body } = await curated.app.graphql('{ facts(filter: { nodeId: "koeln" }, first: 0) { totalCount } }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(body)).not.toMatch(/stack|neo4j:|Neo\.|at [A-Za-z]+ \(/);
  });
});
