import net from 'node:net';
import { GRAPHIQL_ASSET_PATH } from '../../src/http/graphiql';
import { startTestApp, type TestApp } from '../support/test-app';

/** A loopback port that nothing listens on right now. */
async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('the GraphQL server over HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('when asked for __typename, then it answers Query', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{__typename}' }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('when the body is not JSON, then it answers 400 with a coded error', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      errors: [{ message: 'The request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('when /health and /ready are asked, then both report the server and Neo4j up', async () => {
    const health = await fetch(`${app.url}/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    const ready = await fetch(`${app.url}/ready`);
    expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready', neo4j: 'up' }]);
  });

  it('when a field does not exist, then it answers GRAPHQL_VALIDATION_FAILED: 200 for application/json clients', async () => {
    const { status, body } = await app.graphql('{ noSuchField }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('when the client accepts application/graphql-response+json, then a request error answers 400', async () => {
    const { status, body } = await app.graphql('{ noSuchField }', undefined, {
      accept: 'application/graphql-response+json',
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it.each(['/', '/graphql'])('when a browser opens %s, then it gets GraphiQL with the examples', async (pathname) => {
    const response = await fetch(`${app.url}${pathname}`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const page = await response.text();
    expect(page).toContain('<div id="ruru-root">');
    expect(page).toContain('query KoblenzToTrier');
  });

  it('when the page asks for its script and style sheet, then this server serves them', async () => {
    const script = await fetch(`${app.url}${GRAPHIQL_ASSET_PATH}ruru.js`);
    const style = await fetch(`${app.url}${GRAPHIQL_ASSET_PATH}ruru.css`);
    expect([script.status, script.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect([style.status, style.headers.get('content-type')]).toEqual([200, 'text/css; charset=utf-8']);
    expect((await script.text()).length).toBeGreaterThan(0);
    expect((await fetch(`${app.url}${GRAPHIQL_ASSET_PATH}ruru.js.map`)).status).toBe(404);
  });

  it('when GraphiQL posts JSON to /graphql beside the page, then the query is answered', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { accept: 'application/graphql-response+json, application/json', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{__typename}' }),
    });
    expect([response.status, await response.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });

  it('when a GET to /graphql carries a query and the preflight header, then it is answered, not given the page', async () => {
    const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{__typename}')}`, {
      headers: { accept: 'text/html, application/json', 'apollo-require-preflight': 'true' },
    });
    expect([response.status, await response.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});

describe('starting the server', () => {
  it('when a prepare step (seeding an empty graph) runs, then HTTP opens only after it has finished', async () => {
    const port = await freePort();
    const answeredWhilePreparing: boolean[] = [];
    const app = await startTestApp(
      { PORT: String(port) },
      {
        prepare: async () => {
          const answered = await fetch(`http://127.0.0.1:${port}/ready`).then(
            () => true,
            () => false,
          );
          answeredWhilePreparing.push(answered);
        },
      },
    );
    try {
      expect(answeredWhilePreparing).toEqual([false]);
      expect((await fetch(`${app.url}/ready`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
