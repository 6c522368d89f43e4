import { getIntrospectionQuery, parse, specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { ExecutionBudget } from '../../src/graphql/limits/budget';
import { COST } from '../../src/config/limits';
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
    requestCost(schema, parse(query), undefined, variables)?.cost ?? null;
  const problems = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, ...DOCUMENT_RULES]).map((e) => e.extensions);

  it('when a list is nested in a list, then the cost multiplies by both sizes', () => {
    const one = cost('{ node(id: "x") { relationships { type } } }')!;
    const two = cost('{ node(id: "x") { relationships { node { relationships { type } } } } }')!;
    const work = databaseCharge('node') + COST.traversal;
    expect(one).toBe(work + 1 + 1 + COST_MODEL.assumedListSize * 1);
    const below = one - work;
    expect(two - work - COST.traversal).toBeGreaterThan(below * COST_MODEL.assumedListSize);
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

describe('execution budget with a shared lane', () => {
  it('when heavy requests share a lane, then their queries together run no more than its places', async () => {
    const shared = new Lane(2, Number.POSITIVE_INFINITY);
    const budgets = [1, 2, 3].map(() => new ExecutionBudget(Date.now() + 60_000, 60_000));
    for (const budget of budgets) budget.shareQueries(shared);
    const turns = await Promise.all(budgets.slice(0, 2).map((budget) => budget.admitQuery()));
    const third = budgets[2]!.admitQuery();
    await new Promise(setImmediate);
    expect(shared.load()).toEqual({ running: 2, waiting: 1 });
    turns[0]!();
    (await third)();
    turns[1]!();
    expect(shared.load()).toEqual({ running: 0, waiting: 0 });
  });

  it('when a request ends while its query waits for the shared lane, then it gives back its own place too', async () => {
    const shared = new Lane(1, Number.POSITIVE_INFINITY);
    const holder = new ExecutionBudget(Date.now() + 60_000, 60_000);
    holder.shareQueries(shared);
    const held = await holder.admitQuery();
    const ending = new AbortController();
    const budget = new ExecutionBudget(Date.now() + 60_000, 60_000, undefined, ending.signal);
    budget.limitQueries(1);
    budget.shareQueries(shared);
    const waiting = budget.admitQuery();
    await new Promise(setImmediate);
    ending.abort();
    await expect(waiting).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(shared.load()).toEqual({ running: 1, waiting: 0 });
    held();
    expect(shared.load()).toEqual({ running: 0, waiting: 0 });
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

  it('when the request of a waiter ends, then it leaves the line at once and its place goes to the next', async () => {
    const lane = new Lane(1, 5);
    const release = await lane.enter(Date.now() + 60_000);
    const ending = new AbortController();
    const gone = lane.enter(Date.now() + 60_000, ending.signal);
    const next = lane.enter(Date.now() + 60_000);
    ending.abort();
    await expect(gone).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(lane.load()).toEqual({ running: 1, waiting: 1 });
    release();
    (await next)();
    expect(lane.load()).toEqual({ running: 0, waiting: 0 });
    await expect(lane.enter(Date.now() + 60_000, ending.signal)).rejects.toMatchObject({ code: 'BAD_REQUEST' });
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
  const estimate = (query: string) => requestCost(schema, parse(query), undefined, undefined);
  const cost = (query: string) => estimate(query)?.cost ?? null;
  const problems = (query: string) =>
    validate(schema, parse(query), [...specifiedRules, ...DOCUMENT_RULES]).map((e) => e.extensions);

  it('when many cheap-looking similarity fields are asked at once, then their database work makes the request expensive', () => {
    const aliases = Array.from({ length: 19 }, (_, i) => `a${i}: similarCities(city: "x", first: 1) { score }`);
    expect(cost(`{ ${aliases.join(' ')} }`)!).toBeGreaterThanOrEqual(EXECUTION_LIMITS.expensiveCost);
    expect(cost('{ similarCities(city: "x", first: 1) { score } }')!).toBeLessThan(EXECUTION_LIMITS.expensiveCost);
  });

  it('when many aliases ask for a nested database field, then each is charged its work and together they are expensive', () => {
    const one = estimate('{ node(id: "koblenz") { relationships(asOf: "2020-01-01") { type } } }')!;
    expect(one.work).toBe(COST.lookup + COST.traversal);
    expect(one.cost).toBeLessThan(EXECUTION_LIMITS.expensiveCost);
    const dates = Array.from({ length: 20 }, (_, i) => `r${i}: relationships(asOf: "2020-01-${10 + i}") { type }`);
    const many = estimate(`{ node(id: "koblenz") { ${dates.join(' ')} } }`)!;
    expect(many.work).toBe(COST.lookup + 20 * COST.traversal);
    expect(many.cost).toBeGreaterThanOrEqual(EXECUTION_LIMITS.expensiveCost);
  });

  it('when a nested database field stands under a list, then its work is charged once: one batched statement', () => {
    const query = (first: number) => `{ entities(first: ${first}) { edges { node { relationships { type } } } } }`;
    expect(estimate(query(100))!.work).toBe(estimate(query(1))!.work);
    expect(estimate(query(100))!.cost).toBeGreaterThan(estimate(query(1))!.cost);
  });

  it.each([
    [
      "a relationship's paper",
      '{ node(id: "x") { relationships { source { id } } } }',
      '{ node(id: "x") { relationships { type } } }',
      COST.lookup,
    ],
    [
      "a relationship's history",
      '{ node(id: "x") { relationships { history { type } } } }',
      '{ node(id: "x") { relationships { type } } }',
      COST.traversal,
    ],
    ["a city's Kreis", '{ city(id: "x") { kreis { id } } }', '{ city(id: "x") { id } }', COST.traversal],
    ["a city's memberships", '{ city(id: "x") { memberships { since } } }', '{ city(id: "x") { id } }', COST.traversal],
    ['the place of a search hit', '{ search(text: "x") { place } }', '{ search(text: "x") { score } }', COST.traversal],
  ])('when a query asks for %s, then that nested field is charged its work', (_name, query, without, charge) => {
    expect(estimate(query)!.work - estimate(without)!.work).toBe(charge);
  });

  it('when fields of a fragment that is spread twice send Cypher, then their work counts twice', () => {
    const once = estimate('{ node(id: "x") { ...R } } fragment R on Node { relationships { type } }')!;
    const twice = estimate(
      '{ a: node(id: "x") { ...R } b: node(id: "y") { ...R } } fragment R on Node { relationships { type } }',
    )!;
    expect(twice.work).toBe(2 * once.work);
  });

  it('when a path search is asked, then it is charged as a path search, beyond a plain traversal', () => {
    expect(estimate('{ cooperationPaths(from: "a", to: "b") { length } }')!.work).toBe(COST.pathSearch);
    expect(COST.pathSearch).toBeGreaterThanOrEqual(EXECUTION_LIMITS.heavyWork);
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
