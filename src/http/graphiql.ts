import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { ruruHTML } from 'ruru/server';

/** The analysts' example operations: GraphiQL's first document, and what the server warms up with. */
export const EXAMPLES_FILE = path.resolve(__dirname, '..', '..', 'schema', 'examples.graphql');

/** Where this server serves GraphiQL's scripts, styles and font. */
export const GRAPHIQL_ASSET_PATH = '/graphiql/';

// The ruru package ships GraphiQL built for the browser (React, Monaco and its workers) in its static/ folder.
const ASSET_DIR = path.resolve(path.dirname(require.resolve('ruru/server')), '..', 'static');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** GraphiQL's page: the analysts' example operations as the first document, every asset from this server. */
export function renderGraphiQL(): string {
  return ruruHTML({
    staticPath: GRAPHIQL_ASSET_PATH,
    endpoint: '/graphql',
    clientConfig: { defaultQuery: fs.readFileSync(EXAMPLES_FILE, 'utf8'), debugTools: [] },
    htmlParts: { titleTag: '<title>kommunen-graph · GraphiQL</title>' },
  });
}

/** GET routes for every GraphiQL asset (source maps left out), each file read once, when first asked for. */
export function graphiqlAssetRoutes(): Map<string, (res: ServerResponse) => void> {
  const files = fs.readdirSync(ASSET_DIR).filter((name) => path.extname(name) in CONTENT_TYPES);
  return new Map(
    files.map((name) => {
      let content: Buffer | undefined;
      const serve = (res: ServerResponse) => {
        content ??= fs.readFileSync(path.join(ASSET_DIR, name));
        res.statusCode = 200;
        res.setHeader('content-type', CONTENT_TYPES[path.extname(name)]!);
        res.end(content);
      };
      return [GRAPHIQL_ASSET_PATH + name, serve];
    }),
  );
}
