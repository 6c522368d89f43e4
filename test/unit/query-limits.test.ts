import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { ExecutionBudget } from '../../src/graphql/limits/budget';
import { COST_MODEL, requestCost } from '../../src/graphql/limits/cost';
import { DOCUMENT_RULES } from '../../src/graphql/limits/document-rules';
import { Lane } from '../../src/graphql/limits/lane';
import { QUERY_LIMITS } from '../../src/graphql/limits/query-limits';
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
    expect(one).toBe(1 + 1 + COST_MODEL.assumedListSize * 1);
    expect(two).toBeGreaterThan(one * COST_MODEL.assumedListSize);
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
