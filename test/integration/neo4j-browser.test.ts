import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { ENTITY_LOOK, NODE_LOOKS } from '../../src/browser/grass-style';
import { GUIDE_TITLE } from '../../src/browser/guide';
import { GUIDE_QUERIES, type GuideQueryName } from '../../src/browser/guide-queries';
import { boltUri, browserUrl, testApiPort, testInstance } from '../../src/local-neo4j/instances';
import { NODE_KIND_NAMES } from '../../src/model';
import { DEFAULT_SEED_DIR, seedGraph } from '../../src/seeding/seed-graph';
import { browserEditUrl } from '../../src/services/cypher-text';
import { launchChromium, localContext } from '../support/chromium';
import { startTestApp, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

// The test instance's post-connect command loads the style and guide from this port (src/local-neo4j/instances.ts).
const API_PORT = String(testApiPort());
const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-artifacts', 'neo4j-browser-path.png');
const HOOK_TIMEOUT_MS = 60_000;
/** The guide's queries run on the curated dataset with the register's 11,000 municipalities. */
const REGISTER_LOAD_TIMEOUT_MS = 600_000;

const instance = testInstance();
const link = { browserUrl: browserUrl(instance), boltUrl: boltUri(instance), database: 'neo4j' };

/** Opens `url` in Neo4j Browser and logs in on its connect form, which the `dbms` parameter pre-fills. */
async function openAndConnect(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('input[data-testid="password"]').fill(instance.password);
  await page.locator('button[data-testid="connect"]').click();
  return page;
}

function frameOf(page: Page, command: string): Locator {
  return page.locator('[data-testid="frame"]', {
    has: page.locator('[data-testid="frameCommand"]', { hasText: command }),
  });
}

// Browser prepends a play icon to each runnable block; the query is the text that remains.
async function runnableText(guide: Locator, name: GuideQueryName): Promise<string> {
  return ((await guide.locator(`pre[data-query="${name}"]`).textContent()) ?? '').trim();
}

async function showSlideWith(guide: Locator, name: GuideQueryName): Promise<Locator> {
  const block = guide.locator(`pre[data-query="${name}"]`);
  const slides = Object.keys(GUIDE_QUERIES).length;
  for (let i = 0; i < slides && !(await block.isVisible()); i++) {
    await guide.locator('button.next-slide').first().click();
  }
  return block;
}

// The force layout keeps moving nodes for a while; a screenshot taken too early shows them bunched up.
async function waitForLayout(frame: Locator): Promise<void> {
  let previous = '';
  for (let i = 0; i < 40; i++) {
    const current = (
      await frame.locator('svg g.node').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('transform')))
    ).join('|');
    if (current === previous) return;
    previous = current;
    await frame.page().waitForTimeout(250);
  }
}

// Monaco draws only what fits, wrapping long lines; copying all of it yields the statement itself.
async function editorText(page: Page): Promise<string> {
  await page.locator('[data-testid="activeEditor"] .view-lines').click();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+C');
  return page.evaluate<string>('navigator.clipboard.readText()');
}

jest.setTimeout(120_000);

describe('Neo4j Browser on the test instance, styled and guided by the API', () => {
  let db: TestDb | undefined;
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    db = openTestDb();
    app = await startTestApp({ PORT: API_PORT });
    await seedGraph(db.executor, DEFAULT_SEED_DIR, { reset: true, register: false });
    browser = await launchChromium();
    const bolt = new URL(link.boltUrl);
    const connectUrl = `${link.browserUrl}?dbms=bolt://neo4j@${bolt.host}&db=neo4j&preselectAuthMethod=NATIVE`;
    page = await openAndConnect(await localContext(browser), connectUrl);
  }, HOOK_TIMEOUT_MS);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('when an analyst connects, then the post-connect command loads the style sheet and shows the guide', async () => {
    const style = frameOf(page, `:style http://localhost:${API_PORT}/browser/style.grass`);
    await style.getByText('node.City {').waitFor();

    const guide = frameOf(page, `:play http://localhost:${API_PORT}/browser/guide.html`);
    await guide.getByRole('heading', { name: GUIDE_TITLE }).waitFor();
    expect(await runnableText(guide, 'schema')).toBe(GUIDE_QUERIES.schema.cypher);
  });

  it('when the guide runs the Koblenz → Trier path query, then the path is drawn in the style sheet colours', async () => {
    const guide = frameOf(page, `:play http://localhost:${API_PORT}/browser/guide.html`);
    const block = await showSlideWith(guide, 'paths');
    expect(await runnableText(guide, 'paths')).toBe(GUIDE_QUERIES.paths.cypher);

    await block.locator('i.fa-play-circle-o').click();
    const result = frameOf(page, 'MATCH p = SHORTEST 5').first();
    await result.locator('svg g.node').first().waitFor();
    await waitForLayout(result);
    const nodes = await result.locator('svg g.node').evaluateAll((elements) =>
      elements.map((node) => ({
        caption: (node.querySelector('text.caption')?.textContent ?? '').trim(),
        fill: (node.querySelector('circle.b-outline')?.getAttribute('fill') ?? '').toUpperCase(),
      })),
    );
    await result.screenshot({ path: SCREENSHOT });

    expect(nodes.length).toBeGreaterThan(1);
    expect(nodes.filter((n) => ['Koblenz', 'Trier'].includes(n.caption))).toEqual([
      expect.objectContaining({ fill: NODE_LOOKS.City.color }),
      expect.objectContaining({ fill: NODE_LOOKS.City.color }),
    ]);
    const kindColours = NODE_KIND_NAMES.map((kind) => NODE_LOOKS[kind].color);
    for (const { fill } of nodes) expect(kindColours).toContain(fill);
    expect(nodes.map((n) => n.fill)).not.toContain(ENTITY_LOOK.color);
  });

  it('when a deep link from the API is opened, then after login the editor holds its statement', async () => {
    const statement =
      "MATCH p = (n0:Entity {id: 'koblenz'})-[:COOPERATES_WITH {source: 'koblenz-aw-0095-2019'}]->(n1:Entity {id: 'trier'})\nRETURN p";
    const fresh = await openAndConnect(await localContext(browser!), browserEditUrl(link, statement));
    await frameOf(fresh, ':play').first().waitFor();
    // Browser fills the editor once the connection settles; on a busy machine that can come after the guide frame.
    let text = await editorText(fresh);
    for (let attempt = 0; attempt < 30 && text !== statement; attempt++) {
      await fresh.waitForTimeout(1_000);
      text = await editorText(fresh);
    }
    expect(text).toBe(statement);

    await fresh.locator('[data-testid="editor-Run"]').click();
    // The result frame is the one headed by the statement, whatever other frames Browser adds around it.
    const result = frameOf(fresh, 'MATCH p = (n0:Entity').first();
    await result.locator('svg g.node').first().waitFor();
    expect(await result.locator('svg g.node').count()).toBe(2);
  });
});

describe('the guide queries on the curated graph', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = openTestDb();
    await seedGraph(db.executor, DEFAULT_SEED_DIR, { reset: true });
  }, REGISTER_LOAD_TIMEOUT_MS);
  afterAll(() => db.close());

  it.each(Object.keys(GUIDE_QUERIES) as GuideQueryName[])('when the %s query runs, then it answers', async (name) => {
    const rows = await db.executor.read({ name: `guide-${name}`, cypher: GUIDE_QUERIES[name].cypher });
    expect(rows.length).toBeGreaterThan(0);
  });
});
