import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import vm from 'node:vm';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { GRAPHIQL_ASSET_PATH, graphiqlAssetRoutes, renderGraphiQL } from '../../src/http/graphiql';

const EXAMPLES = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema', 'examples.graphql'), 'utf8');
const RURU_STATIC = path.resolve(path.dirname(require.resolve('ruru/server')), '..', 'static');

interface GraphiQLConfig {
  endpoint: string;
  staticPath: string;
  defaultQuery: string;
}

/** The configuration the page hands to GraphiQL, evaluated as the browser evaluates the script that sets it. */
function graphiqlConfig(html: string): GraphiQLConfig {
  const script = /<script>\s*(const RURU_CONFIG = [\s\S]*?)<\/script>/.exec(html)![1]!;
  return vm.runInNewContext(`${script}\nRURU_CONFIG`) as GraphiQLConfig;
}

/** Every URL the page itself loads: style sheets, module scripts and imports, and Monaco's workers. */
function loadedUrls(html: string, staticPath: string): string[] {
  const attributes = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
  const imports = [...html.matchAll(/\bimport\b[^;]*?\bfrom\s+"([^"]+)"/g)].map((m) => m[1]!);
  const workers = [...html.matchAll(/\bworker\("([^"]+)"\)/g)].map((m) => staticPath + m[1]!);
  return [...attributes, ...imports, ...workers];
}

function get(route: (res: ServerResponse) => void): { status: number; type: string; body: Buffer } {
  const sent: { status: number; type: string; body: Buffer } = { status: 0, type: '', body: Buffer.alloc(0) };
  const res = {
    set statusCode(status: number) {
      sent.status = status;
    },
    setHeader: (name: string, value: string) => name === 'content-type' && (sent.type = value),
    end: (body: Buffer) => (sent.body = body),
  };
  route(res as unknown as ServerResponse);
  return sent;
}

describe('the GraphiQL page', () => {
  const html = renderGraphiQL();
  const config = graphiqlConfig(html);

  it('when rendered, then GraphiQL opens with the examples file as its document and sends to /graphql', () => {
    expect(config).toMatchObject({ defaultQuery: EXAMPLES, endpoint: '/graphql', staticPath: GRAPHIQL_ASSET_PATH });
  });

  it('when the document is parsed, then it holds every example, each named once, so the run button lists them', () => {
    const names = parse(config.defaultQuery)
      .definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((d) => d.name?.value);
    expect(names).toEqual([...EXAMPLES.matchAll(/^query (\w+)/gm)].map((m) => m[1]));
    expect(new Set(names).size).toBe(names.length);
    expect(names).toContain('KoblenzToTrier');
  });

  it('when rendered, then every file the page loads is an asset route of this server, none from another host', () => {
    const routes = graphiqlAssetRoutes();
    const urls = loadedUrls(html, config.staticPath);
    expect(urls).toEqual(
      expect.arrayContaining(['/graphiql/ruru.css', '/graphiql/ruru.js', '/graphiql/graphqlWorker.js']),
    );
    expect(urls.filter((url) => !routes.has(url))).toEqual([]);
  });
});

describe('graphiqlAssetRoutes', () => {
  const routes = graphiqlAssetRoutes();

  it.each([
    ['ruru.js', 'text/javascript; charset=utf-8'],
    ['ruru.css', 'text/css; charset=utf-8'],
    ['jsonWorker.js.LICENSE.txt', 'text/plain; charset=utf-8'],
  ])('when %s is asked for, then the packaged file is served byte for byte as %s', (name, type) => {
    const sent = get(routes.get(GRAPHIQL_ASSET_PATH + name)!);
    expect({ status: sent.status, type: sent.type }).toEqual({ status: 200, type });
    expect(sent.body.equals(fs.readFileSync(path.join(RURU_STATIC, name)))).toBe(true);
  });

  it('when the routes are listed, then every packaged asset is one of them and no source map is', () => {
    const assets = fs.readdirSync(RURU_STATIC).filter((name) => !name.endsWith('.map'));
    expect([...routes.keys()].sort()).toEqual(assets.map((name) => GRAPHIQL_ASSET_PATH + name).sort());
  });
});
