import fs from 'node:fs';
import path from 'node:path';
import { type GraphQLObjectType } from 'graphql';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { createSchema } from '../../src/graphql/schema';
import { launchChromium, localContext } from '../support/chromium';
import { loadCuratedGraph } from '../support/curated-graph';
import { startTestApp, type TestApp } from '../support/test-app';
import { openTestDb, type TestDb } from '../support/test-db';

const EXAMPLES = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'examples.graphql'), 'utf8');
const SCREENSHOT = path.resolve(__dirname, '..', '..', 'test-artifacts', 'graphiql.png');

// Monaco draws only the lines that fit; copying all of an editor yields its whole text (then the selection is undone).
async function editorText(editor: Locator): Promise<string> {
  await editor.locator('.view-lines').click();
  await editor.page().keyboard.press('ControlOrMeta+A');
  await editor.page().keyboard.press('ControlOrMeta+C');
  await editor.page().keyboard.press('ControlOrMeta+Home');
  return editor.page().evaluate<string>('navigator.clipboard.readText()');
}

jest.setTimeout(120_000);

describe('GraphiQL in Chromium, with the network closed', () => {
  let db: TestDb | undefined;
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext;
  let page: Page;
  const requested: string[] = [];
  const failed: string[] = [];
  const blocked: string[] = [];

  const queryEditor = () => page.locator('.graphiql-query-editor .monaco-editor').first();
  const responsePane = () => page.locator('.graphiql-response .monaco-editor').first();

  beforeAll(async () => {
    db = openTestDb();
    await loadCuratedGraph(db);
    // A busy machine can take longer than the default 10 s for the first answers; this test is not about timeouts.
    app = await startTestApp({ REQUEST_TIMEOUT_MS: '60000' });
    browser = await launchChromium();
    context = await localContext(browser, (url) => blocked.push(url));
    context.on('request', (request) => requested.push(request.url()));
    context.on('requestfailed', (request) => failed.push(`${request.url()}: ${request.failure()?.errorText}`));
    context.on(
      'response',
      (response) => response.status() >= 400 && failed.push(`${response.url()}: ${response.status()}`),
    );
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await db?.close();
  });

  it('when an analyst opens /, then GraphiQL holds every example operation of schema/examples.graphql', async () => {
    await page.goto(`${app!.url}/`);
    await queryEditor().locator('.view-lines', { hasText: 'KoblenzToTrier' }).waitFor();
    expect(await editorText(queryEditor())).toBe(EXAMPLES);
  });

  it('when the analyst picks KoblenzToTrier from the run button, then the response pane shows the answer: Koblenz to Trier', async () => {
    const answer = page.waitForResponse(
      (response) =>
        response.url() === `${app!.url}/graphql` &&
        response.request().postDataJSON()?.operationName === 'KoblenzToTrier',
    );
    await page.getByRole('button', { name: /^Execute query/ }).click();
    await page.getByRole('menuitem', { name: 'KoblenzToTrier', exact: true }).click();
    const body = await (await answer).json();
    await responsePane().locator('.view-lines', { hasText: 'Trier' }).waitFor();

    expect(body.errors).toBeUndefined();
    expect(body.data.cooperationPaths[0].steps[0]).toMatchObject({
      owner: { name: 'Koblenz' },
      node: { name: 'Trier' },
    });
    expect(JSON.parse(await editorText(responsePane()))).toEqual(body);
  });

  it('when the analyst opens the docs and picks Path, then the pane shows its description and fields', async () => {
    const pathType = (await createSchema()).getType('Path') as GraphQLObjectType;
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await docs.getByRole('link', { name: 'Path', exact: true }).click();
    await docs.locator('.graphiql-doc-explorer-title', { hasText: /^Path$/ }).waitFor();

    await docs.getByText(pathType.description!).waitFor();
    const fields = await docs.locator('.graphiql-doc-explorer-field-name').allTextContents();
    expect(fields).toEqual(Object.keys(pathType.getFields()));
    await page.screenshot({ path: SCREENSHOT });
  });

  it('when the analyst types "coop" in a new tab, then completion offers cooperationPaths', async () => {
    await page.getByRole('button', { name: 'New tab' }).click();
    await queryEditor().locator('.view-lines').click();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('\n{\n coop');
    await page.keyboard.press('Control+Space');
    const hints = page.locator('.suggest-widget .monaco-list-row .label-name');
    await hints.first().waitFor();
    expect(await hints.allTextContents()).toContain('cooperationPaths');
  });

  it('when GraphiQL has been loaded and used, then every request went to this server and none failed', () => {
    const local = `${app!.url}/`;
    expect(blocked).toEqual([]);
    expect(failed).toEqual([]);
    expect(requested.filter((url) => !url.startsWith(local))).toEqual([]);
    expect(requested).toEqual(
      expect.arrayContaining([
        local,
        `${local}graphiql/ruru.js`,
        `${local}graphiql/graphqlWorker.js`,
        `${local}graphql`,
      ]),
    );
  });
});
