import fs from 'node:fs';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import { minimalDataset, writeDataset } from '../support/seed-fixture';
import { answers, startTestApp, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

const PAPER = 'lf-paper';
const QUOTE = 'wird geprüft';
const TEXT = `Stellungnahme ST/1/2024\n\nEine Kooperation der Stadt Ä mit der Stadt B ${QUOTE}.\n`;

describe("the papers' texts come from the dataset folder that was loaded", () => {
  let db: TestDb;
  let app: TestApp;
  let dir: string;
  const { data } = answers(() => app);

  beforeAll(async () => {
    db = openTestDb();
    dir = writeDataset({ ...minimalDataset('lf'), [`papers/${PAPER}.txt`]: TEXT });
    await seedGraph(db.executor, dir, { reset: true, register: false });
    app = await startTestApp({ SEED_DIR: dir });
  });

  afterAll(async () => {
    await app?.close();
    await db?.close();
  });

  it("when a fact of the loaded folder is asked for its passage, then it is found in that folder's paper", async () => {
    const { facts } = await data(
      `{ facts(filter: { source: "${PAPER}", types: [COOPERATES_WITH] }) {
        edges { node { evidence passage { quote start end line textUrl } } } } }`,
    );
    const [{ node }] = facts.edges;
    expect(node.evidence).toBe(QUOTE);
    expect(TEXT.slice(node.passage.start, node.passage.end)).toBe(QUOTE);
    expect(node.passage).toMatchObject({ quote: QUOTE, line: 3 });
    const served = await fetch(`${app.url}${node.passage.textUrl}`);
    expect(served.status).toBe(200);
    expect(await served.text()).toBe(TEXT.replace(QUOTE, `[[[${QUOTE}]]]`));
  });

  it("when a paper of the project's own seed/ is asked for, then the loaded folder has no text of it", async () => {
    const ownPaper = fs.readdirSync(`${DEFAULT_SEED_DIR}/papers`).find((name) => name.endsWith('.txt'))!;
    const response = await fetch(`${app.url}/papers/${ownPaper}`);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'NOT_FOUND',
    );
  });
});
