import net from 'node:net';
import { LIMITS } from '../../src/config/limits';
import type { RequestLogEntry } from '../../src/http/request-log';
import { seedGraph } from '../../src/seeding/seed-graph';
import { loadCuratedGraph } from '../support/curated-graph';
import { writeDataset } from '../support/seed-fixture';
import { startTestApp, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

/** A node whose description is a mebibyte: each alias that asks for it adds that much to the answer. */
const DESCRIPTION_BYTES = 1024 * 1024;

function bigNodeDataset() {
  const paper = { kind: 'Document', id: 'bounds-paper', name: 'Paper', type: 'KONZEPT', title: 'Synthetic' };
  const big = {
    kind: 'Organisation',
    id: 'bounds-big',
    name: 'Große Beschreibung',
    type: 'NETWORK',
  };
  return { 'nodes.yaml': { nodes: [paper, big] } };
}

const describedBy = (count: number) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: node(id: "bounds-big") { description }`).join(' ')} }`;

jest.setTimeout(120_000);

describe('bounded answers: the byte cap and the write timeout', () => {
  let db: TestDb;
  let app: TestApp;
  /** The server's request log, each line with when it was written: a request is logged once its connection closes. */
  const logged: { at: number; entry: RequestLogEntry }[] = [];

  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    await seedGraph(db.executor, writeDataset(bigNodeDataset()), { reset: false });
    // Longer than a seed file's text may be: written past the seeder, as a graph filled by other means could hold it.
    await db.executor.write({
      name: 'test-big-description',
      cypher: "MATCH (n:Entity {id: 'bounds-big'}) SET n.description = $description",
      params: { description: 'Digitalisierung '.repeat(DESCRIPTION_BYTES / 16) },
    });
    app = await startTestApp({}, { log: (entry) => logged.push({ at: Date.now(), entry }) });
  });
  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it('when an answer would be larger than the byte cap, then it is ANSWER_TOO_LARGE with no partial data', async () => {
    const aliases = Math.ceil(LIMITS.maxAnswerBytes / DESCRIPTION_BYTES) + 1;
    const { status, body } = await app.graphql(describedBy(aliases));
    expect(status).toBe(422);
    expect(body).toEqual({
      errors: [
        {
          message: expect.stringContaining(String(LIMITS.maxAnswerBytes)),
          extensions: { code: 'ANSWER_TOO_LARGE', limit: 'answerBytes', maximum: LIMITS.maxAnswerBytes },
        },
      ],
    });
  });

  it('when an answer is just below the byte cap, then it is answered in full', async () => {
    const aliases = Math.floor(LIMITS.maxAnswerBytes / DESCRIPTION_BYTES) - 1;
    const { status, body } = await app.graphql<Record<string, { description: string }>>(describedBy(aliases));
    expect(status).toBe(200);
    expect(Object.keys(body.data!)).toHaveLength(aliases);
    expect(body.data!.a0!.description).toHaveLength(DESCRIPTION_BYTES);
  });

  it('when a client never reads its large answers, then the server closes its connection after the write timeout', async () => {
    const body = JSON.stringify({ query: describedBy(15) });
    const request =
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    const { hostname, port } = new URL(app.url);
    const socket = net.connect(Number(port), hostname);
    socket.on('error', () => undefined);
    await new Promise<void>((resolve) => socket.once('connect', resolve));
    // Reads nothing. The kernel's buffers take the first answers (on loopback they may hold tens of megabytes);
    // what they cannot take stays with the server, which gives it up after the write timeout.
    socket.pause();
    const already = logged.length;
    socket.write(request.repeat(4));
    const dropped = () => logged.slice(already).find((line) => line.entry.outcome === 'aborted');
    for (let poll = 0; poll < 600 && !dropped(); poll++) await new Promise((resolve) => setTimeout(resolve, 100));
    socket.destroy();
    const line = dropped();
    expect(line?.entry).toMatchObject({ path: '/graphql', status: 200, outcome: 'aborted' });
    expect(line!.entry.durationMs).toBeGreaterThanOrEqual(LIMITS.writeTimeoutMs);
    expect(socket.bytesRead).toBeLessThan(4 * 15 * DESCRIPTION_BYTES);
    const cheap = await app.graphql('{ node(id: "koblenz") { name } }');
    expect(cheap.body.data).toEqual({ node: { name: 'Koblenz' } });
  });
});
