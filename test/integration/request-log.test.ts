import { jsonLineLogger, type RequestLogEntry } from '../../src/http/request-log';
import { startTestApp, TEST_CURATOR_TOKEN, type TestApp } from '../support/test-app';
import { testConnection } from '../support/test-db';

describe('request logs and secrets', () => {
  let app: TestApp;
  const entries: RequestLogEntry[] = [];
  beforeAll(async () => {
    app = await startTestApp({}, { log: (entry) => entries.push(entry) });
  });
  afterAll(() => app.close());

  it('when requests are served, then each gives one entry with operation, duration and outcome', async () => {
    entries.length = 0;
    await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query Stats { stats { totalNodes } }', operationName: 'Stats' }),
    });
    await app.graphql('mutation { unlink(from: "a", type: MEMBER_OF, to: "b", source: "c") }');
    await fetch(`${app.url}/nowhere`);
    expect(entries).toEqual([
      {
        method: 'POST',
        path: '/graphql',
        status: 200,
        durationMs: expect.any(Number),
        operationName: 'Stats',
        outcome: 'ok',
      },
      {
        method: 'POST',
        path: '/graphql',
        status: 200,
        durationMs: expect.any(Number),
        operationName: null,
        outcome: 'ok',
      },
      {
        method: 'GET',
        path: '/nowhere',
        status: 404,
        durationMs: expect.any(Number),
        operationName: null,
        outcome: 'client_error',
      },
    ]);
  });

  it('when an entry is written, then it is one JSON line with time, level and message', () => {
    const entry = {
      method: 'POST',
      path: '/graphql',
      status: 200,
      durationMs: 3,
      operationName: 'X',
      outcome: 'ok',
    } as const;
    const lines: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    try {
      jsonLineLogger(entry);
    } finally {
      spy.mockRestore();
    }
    expect(lines).toHaveLength(1);
    expect(lines[0]!.endsWith('\n')).toBe(true);
    expect(JSON.parse(lines[0]!)).toEqual({ time: expect.any(String), level: 'info', msg: 'request', ...entry });
  });

  it('when requests carry the curator token or fail, then neither the token nor the database password shows up', async () => {
    entries.length = 0;
    const answers = [
      await app.graphql('{ stats { totalNodes } }', undefined, { authorization: `Bearer ${TEST_CURATOR_TOKEN}` }),
      await app.graphql('mutation { createEntity(input: {kind: City, id: "x", name: "x"}) { id } }', undefined, {
        authorization: 'Bearer wrong-but-long-enough-token',
      }),
      await app.graphql('{ node(id: "x") { nope } }', undefined, { authorization: `Bearer ${TEST_CURATOR_TOKEN}` }),
    ];
    const seen = JSON.stringify([answers, entries]);
    expect(seen).not.toContain(TEST_CURATOR_TOKEN);
    expect(seen).not.toContain(testConnection().password);
    expect(seen).not.toContain('wrong-but-long-enough-token');
  });
});
