import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { ExecutionBudget } from '../../src/graphql/limits/budget';
import { COST_MODEL, databaseCharge, requestCost } from '../../src/graphql/limits/cost';
import { DOCUMENT_RULES } from '../../src/graphql/limits/document-rules';
import { Lane } from '../../src/graphql/limits/lane';
import { EXECUTION_LIMITS, QUERY_LIMITS } from '../../src/graphql/limits/query-limits';
import { createSchema } from '../../src/graphql/schema';

describe('query limits', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  const cost = (query: string, variables?: Record<string, unknown>) =>
    requestCost(schema, parse(query), undefined, variables);
  const problems = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, ...DOCUMENT_RULES]).map((e) => e.extensions);

  it('when a list is nested in a list, then the cost multiplies by both sizes', () => {
    const one = cost('{ node(id: "x") { relationships { type } } }')!;
    const two = cost('{ node(id: "x") { relationships { node { relationships { type } } } } }')!;
    expect(one).toBe(databaseCharge('node') + 1 + COST_MODEL.assumedListSize * 1);
    const below = one - databaseCharge('node');
    expect(two - databaseCharge('node')).toBeGreaterThan(below * COST_MODEL.assumedListSize);
  });

  it('when "first" is a variable, then the cost uses its value', () => {
    const query = 'query ($n: Int!) { entities(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 100 })).toBe(cost('{ entities(first: 100) { edges { node { id } } } }'));
    expect(cost(query, { n: 100 })!).toBeGreaterThan(cost(query, { n: 10 })!);
  });

  it('when a root field searches the graph, then it weighs more than a lookup by id', () => {
    expect(cost('{ search(text: "x", first: 1) { score } }')!).toBeGreaterThan(cost('{ node(id: "x") { id } }')!);
  });

  it('when the variables do not fit, then no cost is given and execution refuses them', () => {
    expect(cost('query ($n: Int!) { entities(first: $n) { totalCount } }', { n: 'many' })).toBeNull();
  });

  it('when fragments expand beyond what can be counted, then the cost limit refuses the document', () => {
    const fragments = Array.from(
      { length: 12 },
      (_, i) => `fragment F${i} on Query { a: stats { totalNodes } ...F${i + 1} ...F${i + 1} }`,
    );
    fragments.push('fragment F12 on Query { __typename }');
    expect(() => cost(`{ ...F0 } ${fragments.join(' ')}`)).toThrow(/too many fields/);
  });

  it.each([
    [
      'depth',
      `{ node(id: "x") { ${'relationships { node { '.repeat(6)}id${' } }'.repeat(6)} } }`,
      QUERY_LIMITS.maxDepth,
      14,
    ],
    [
      'aliases',
      `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: __typename`).join(' ')} }`,
      QUERY_LIMITS.maxAliases,
      25,
    ],
  ])(
    'when the %s limit is exceeded, then the error carries the limit and the figure',
    (limit, query, maximum, actual) => {
      expect(problems(query)).toContainEqual(expect.objectContaining({ limit, maximum, actual }));
    },
  );

  it('when GraphiQL introspects the schema, then neither the depth nor the cost limit refuses it', () => {
    const introspection = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    expect(problems(introspection)).toEqual([]);
    expect(cost(introspection)).toBeLessThan(QUERY_LIMITS.maxCost);
  });

  it('when a subscription is sent, then validation refuses it', () => {
    expect(validate(schema, parse('subscription { __typename }'), DOCUMENT_RULES)[0]?.message).toMatch(
      /no subscription/,
    );
  });
});

describe('execution budget', () => {
  it('when list items exceed the budget, then the request fails with ANSWER_TOO_LARGE and stays failed', () => {
    const budget = new ExecutionBudget(Date.now() + 60_000, 60_000, 10);
    budget.charge(10);
    expect(() => budget.charge(1)).toThrow(expect.objectContaining({ code: 'ANSWER_TOO_LARGE' }));
    expect(() => budget.check()).toThrow(expect.objectContaining({ code: 'ANSWER_TOO_LARGE' }));
  });

  it('when the deadline has passed, then every check throws the timeout error', () => {
    const budget = new ExecutionBudget(Date.now() - 1, 500);
    expect(() => budget.check()).toThrow(expect.objectContaining({ details: { reason: 'TIMEOUT', timeoutMs: 500 } }));
    expect(budget.failure?.code).toBe('SERVICE_UNAVAILABLE');
  });
});

describe('lane', () => {
  it('when it is full, then the next waits in line and gets the place given back, in order', async () => {
    const lane = new Lane(1, 5);
    const release = await lane.enter(Date.now() + 60_000);
    const order: number[] = [];
    const second = lane.enter(Date.now() + 60_000).then((done) => (order.push(2), done));
    const third = lane.enter(Date.now() + 60_000).then((done) => (order.push(3), done));
    expect(lane.load()).toEqual({ running: 1, waiting: 2 });
    release();
    (await second)();
    (await third)();
    expect(order).toEqual([2, 3]);
    expect(lane.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('when the line is full, then one more is refused at once as OVERLOADED', async () => {
    const lane = new Lane(1, 0);
    await lane.enter(Date.now() + 60_000);
    await expect(lane.enter(Date.now() + 60_000)).rejects.toMatchObject({ details: { reason: 'OVERLOADED' } });
  });

  it('when a waiter reaches its deadline, then it gives up and leaves the line', async () => {
    const lane = new Lane(1, 5);
    await lane.enter(Date.now() + 60_000);
    await expect(lane.enter(Date.now() + 10)).rejects.toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
    expect(lane.load()).toEqual({ running: 1, waiting: 0 });
  });
});

describe('cost of database work and arguments checked before cost', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });
  const cost = (query: string) => requestCost(schema, parse(query), undefined, undefined);
  const problems = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, ...DOCUMENT_RULES]).map((e) => e.extensions);

  it('when many cheap-looking similarity fields are asked at once, then their database work makes the request expensive', () => {
    const aliases = Array.from({ length: 19 }, (_, i) => `a${i}: similarCities(city: "x", first: 1) { score }`);
    expect(cost(`{ ${aliases.join(' ')} }`)!).toBeGreaterThanOrEqual(EXECUTION_LIMITS.expensiveCost);
    expect(cost('{ similarCities(city: "x", first: 1) { score } }')!).toBeLessThan(EXECUTION_LIMITS.expensiveCost);
  });

  it.each([
    ['a negative "first"', '{ search(text: "x", first: -2147483648) { score } }', 'first'],
    ['a zero "first"', '{ entities(first: 0) { totalCount } }', 'first'],
    ['an oversized "first"', '{ entities(first: 101) { totalCount } }', 'first'],
    ['too many paths', '{ cooperationPaths(from: "a", to: "b", first: 21) { length } }', 'first'],
    ['an empty "ids"', '{ nodes(ids: []) { id } }', 'ids'],
    ['a huge "ids"', `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"n${i}"`).join(',')}]) { id } }`, 'ids'],
    [
      'a huge "relationshipTypes"',
      `{ cooperationPaths(from: "a", to: "b", relationshipTypes: [${Array(200).fill('MEMBER_OF').join(',')}]) { length } }`,
      'relationshipTypes',
    ],
    [
      'an empty "relationshipTypes"',
      '{ cooperationPaths(from: "a", to: "b", relationshipTypes: []) { length } }',
      'relationshipTypes',
    ],
  ])(
    'when a request has %s, then it is refused as BAD_USER_INPUT before any cost is counted',
    (_name, query, argument) => {
      expect(() => cost(query)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument }) }),
      );
    },
  );

  it('when a negative "first" sits beside expensive fields, then it cannot lower the cost: the whole request is refused', () => {
    const similar = Array.from({ length: 19 }, (_, i) => `s${i}: similarCities(city: "x", first: 100) { score }`);
    expect(() => cost(`{ ${similar.join(' ')} x: search(text: "x", first: -2147483648) { score } }`)).toThrow(
      /"first" of search/,
    );
  });

  it('when a document introspects more than once, through fragments or not, then it is refused', () => {
    const once = problems('{ __schema { queryType { name } } }');
    expect(once).toEqual([]);
    const spread = problems('{ ...S ...S } fragment S on Query { __schema { queryType { name } } }');
    expect(spread).toEqual([expect.objectContaining({ limit: 'introspection', maximum: 1, actual: 2 })]);
    expect(problems('{ __type(name: "Query") { name } __schema { types { name } } }')).toEqual([
      expect.objectContaining({ limit: 'introspection' }),
    ]);
  });
});
