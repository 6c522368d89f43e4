import { markdownTable } from './doc-table';

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;

/** Every environment variable the server reads, with its default and meaning: the docs' table is rendered from it. */
export const CONFIG_TABLE = {
  PORT: ['`4000`', 'HTTP port of the API (`0`: any free port).'],
  HOST: ['`127.0.0.1`', 'Address the API listens on (`0.0.0.0` in the container).'],
  PUBLIC_URL: [
    '`http://localhost:$PORT`',
    'Where browsers reach the API; Neo4j Browser loads the style sheet and guide from here.',
  ],
  NEO4J_URI: [
    '—',
    'Use this Neo4j instead of the local one: `bolt://` for one server, `neo4j://` or `neo4j+s://` for a cluster or Aura.',
  ],
  NEO4J_USERNAME: ['`neo4j`', 'With `NEO4J_URI`.'],
  NEO4J_PASSWORD: ['—', 'Required with `NEO4J_URI`.'],
  NEO4J_DATABASE: ['`neo4j`', 'Database name.'],
  NEO4J_BROWSER_URL: ['the local Browser', "Neo4j Browser address used in the API's `neo4jBrowserUrl` links."],
  CURATOR_TOKEN: [
    '— (mutations disabled)',
    'Bearer token for mutations, at least 16 characters. Without it, every mutation is FORBIDDEN.',
  ],
  CURATOR_TOKENS: [
    '—',
    'Named curator tokens, `name:token,name:token`; the change log records the name (`CURATOR_TOKEN` is `curator`).',
  ],
  SEED_DIR: [
    '`seed/`',
    "The dataset folder: the server loads it into an empty graph and serves its papers' texts (passages, `/papers/`).",
  ],
  REQUEST_TIMEOUT_MS: [
    `\`${DEFAULT_REQUEST_TIMEOUT_MS}\``,
    'Longest a request (and each of its Neo4j transactions) may take.',
  ],
  LOCAL_NEO4J_PASSWORD: ['`kommunen-graph-local`', 'Password of the local Neo4j, set on its first start.'],
  LOCAL_NEO4J_BOLT_PORT: ['`7687`', 'Bolt port of the local Neo4j.'],
  LOCAL_NEO4J_HTTP_PORT: ['`7474`', 'HTTP port of the local Neo4j (Neo4j Browser).'],
  LOCAL_NEO4J_HEAP: ['`1g`', 'Heap of the local Neo4j.'],
  LOCAL_NEO4J_PAGECACHE: ['`512m`', 'Page cache of the local Neo4j.'],
} as const satisfies Record<string, readonly [string, string]>;

export type ConfigVariable = keyof typeof CONFIG_TABLE;

/** Every environment variable the server reads, for the docs and for checks of docker-compose.yml. */
export const CONFIG_VARIABLES = Object.keys(CONFIG_TABLE) as ConfigVariable[];

/** The configuration table of docs/operations.md. */
export const renderConfigTable = (): string =>
  markdownTable(
    ['Variable', 'Default', 'Meaning'],
    Object.entries(CONFIG_TABLE).map(([name, [fallback, meaning]]) => [`\`${name}\``, fallback, meaning]),
  );
