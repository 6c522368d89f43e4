import { MAX_TEXT_LENGTH } from '../model';
import { markdownTable } from './doc-table';

/**
 * Every limit of the project, in one table: the server's checks, the cost model, the seed files' checks, the OParl
 * import and the docs (docs/reliability.md, rendered by `npm run schema:emit`) read it from here.
 */
interface LimitRow {
  value: number;
  /** How the docs show the value. */
  unit: '' | 'ms' | 'bytes';
  meaning: string;
  /** What a request that goes beyond it gets. */
  beyond: string;
}

const row = (value: number, unit: LimitRow['unit'], meaning: string, beyond: string): LimitRow => ({
  value,
  unit,
  meaning,
  beyond,
});

const REFUSED = '`GRAPHQL_VALIDATION_FAILED` with `limit`, `maximum`, `actual`, before anything runs';
const BAD_ARGUMENT = '`BAD_USER_INPUT` naming the argument, before the cost is computed';
const OVERLOADED = 'waits in line; at its deadline, or with the line full, `SERVICE_UNAVAILABLE` reason `OVERLOADED`';

export const LIMIT_TABLE = {
  maxBodyBytes: row(
    1024 * 1024,
    'bytes',
    'Request body',
    '413 `PAYLOAD_TOO_LARGE`, from Content-Length before reading',
  ),
  maxTokens: row(2_000, '', 'Tokens of a document', '`GRAPHQL_PARSE_FAILED`'),
  maxDepth: row(12, '', 'Field nesting of a document', REFUSED),
  maxAliases: row(20, '', 'Aliases in a document', REFUSED),
  maxDirectives: row(20, '', 'Directives in a document', REFUSED),
  maxIntrospections: row(1, '', 'Introspection fields (`__schema`, `__type`) in a request', REFUSED),
  maxCost: row(20_000, '', 'Cost of a request (see the cost model)', REFUSED),
  pageSize: row(100, '', '`first` of a page, and `ids` of one `nodes`', BAD_ARGUMENT),
  maxPaths: row(20, '', '`first` of `cooperationPaths`', BAD_ARGUMENT),
  maxHops: row(6, '', '`maxHops` of `cooperationPaths`, and steps of a path', BAD_ARGUMENT),
  maxSearchWords: row(8, '', 'Words of a search text', BAD_ARGUMENT),
  maxSearchWordLength: row(100, '', 'Characters of one search word', BAD_ARGUMENT),
  maxSearchClauses: row(96, '', 'Clauses of the full-text query a search becomes', BAD_ARGUMENT),
  maxListItems: row(10_000, '', 'List items in one answer', '`ANSWER_TOO_LARGE`, no partial data'),
  maxAnswerBytes: row(16 * 1024 * 1024, 'bytes', 'Bytes of one answer', '`ANSWER_TOO_LARGE`, no partial data'),
  echoLength: row(80, '', 'Characters of a client input that an error message repeats', 'cut to that prefix'),
  expensiveCost: row(1_000, '', 'Cost from which a request is expensive', 'passes the expensive lane'),
  expensiveConcurrency: row(2, '', 'Expensive requests running at once', OVERLOADED),
  expensiveQueue: row(
    32,
    '',
    'Expensive requests waiting in line',
    '`SERVICE_UNAVAILABLE` reason `OVERLOADED` at once',
  ),
  expensiveQueriesAtOnce: row(
    1,
    '',
    'Cypher statements one expensive request runs at once',
    'the others wait their turn',
  ),
  queriesAtOnce: row(4, '', 'Cypher statements any one request runs at once', 'the others wait their turn'),
  heavyWork: row(
    100,
    '',
    'Database work (the charges of the cost model) from which a request is heavy on Neo4j',
    'its statements pass the shared statement lane',
  ),
  heavyStatementsAtOnce: row(
    3,
    '',
    'Cypher statements of heavy requests that run at once, over all of them',
    'the others wait their turn; at their deadline, `SERVICE_UNAVAILABLE` reason `TIMEOUT`',
  ),
  headersTimeoutMs: row(10_000, 'ms', 'Time for the request headers', '408 `REQUEST_TIMEOUT`, connection closed'),
  bodyGraceMs: row(
    5_000,
    'ms',
    'Time for the body beyond the request timeout',
    '408 `REQUEST_TIMEOUT`, connection closed',
  ),
  writeTimeoutMs: row(10_000, 'ms', 'Time a client may take to read an answer', 'connection closed, the answer freed'),
  keepAliveTimeoutMs: row(5_000, 'ms', 'Idle keep-alive connection', 'connection closed'),
  loggedNameLength: row(200, '', 'Characters of a path or operation name in the request log', 'cut to that prefix'),
  seedWriteBatch: row(10_000, '', 'Nodes or relationships the seeder writes per statement', 'split into batches'),
  seedFileBytes: row(4 * 1024 * 1024, 'bytes', 'Bytes of a seed file', '`seed --check` refuses the file'),
  textLength: row(
    MAX_TEXT_LENGTH,
    '',
    'Characters of a text property (a name, title, quote, URL; each alias)',
    '`seed --check` and the API refuse it; the OParl import cuts it, and leaves out a URL',
  ),
  paperTextBytes: row(
    2 * 1024 * 1024,
    'bytes',
    "Bytes of a paper's text file",
    '`seed --check` refuses the file; the OParl import cuts the text and says so in its header',
  ),
  importResponseBytes: row(
    50 * 1024 * 1024,
    'bytes',
    'Bytes of one answer of an OParl server, counted as they arrive (`--max-bytes`)',
    'the page, object or file is reported and left out',
  ),
  importListPages: row(
    10_000,
    '',
    'Pages of one OParl list one import reads',
    'the list stops there (reported); the next run goes on from that page',
  ),
  importProblems: row(
    10_000,
    '',
    "Problems an OParl import's report keeps (each URL cut to 300 characters)",
    'the rest are counted, not kept',
  ),
  importFilesAtOnce: row(
    2,
    '',
    'Files of a list page the OParl import downloads and reads at once',
    'the others wait their turn',
  ),
  importFetchedObjects: row(
    1_000,
    '',
    'Objects one OParl import fetches by URL because no list gave them (meetings, organizations, parents)',
    'the rest are reported and left out',
  ),
  importParentDepth: row(
    20,
    '',
    'Levels of `subOrganizationOf` the OParl import follows up from an organization',
    'the chain ends there',
  ),
} satisfies Record<string, LimitRow>;

export type LimitName = keyof typeof LIMIT_TABLE;

/** The limits' values, by name. */
export const LIMITS = Object.fromEntries(
  Object.entries(LIMIT_TABLE).map(([name, { value }]) => [name, value]),
) as Record<LimitName, number>;

/**
 * What the cost model charges. Every field costs 1; a list multiplies what is selected below it by its size (its
 * `first`, its number of `ids`, a known cap, else `assumedListSize`). Every field that sends Cypher, at the root or
 * nested, costs on top the charge of the work it makes Neo4j do, by kind, once for each place it stands in the
 * document; the lanes admit by the sums.
 */
export const COST_TABLE = {
  assumedListSize: row(20, '', 'Size assumed for a list without `first`', 'multiplies what is selected below it'),
  lookup: row(
    10,
    '',
    "Charge of a lookup by id (`node`, `nodes`, `city`; a relationship's `owner`, `from`, `to`, `about`, `source`)",
    'added to the cost',
  ),
  traversal: row(
    50,
    '',
    "Charge of a traversal, a page or a count of the graph (any other root field; a node's `relationships`, a " +
      "city's `memberships` and administrative units, a unit's `city`, `history`, `place`)",
    'added to the cost',
  ),
  fuzzySearch: row(100, '', 'Charge of a full-text search (`search`)', 'added to the cost'),
  similarityScan: row(200, '', 'Charge of a similarity scan (`similarCities`, `precedents`)', 'added to the cost'),
  pathSearch: row(200, '', 'Charge of a search for paths (`cooperationPaths`)', 'added to the cost'),
} satisfies Record<string, LimitRow>;

export const COST = Object.fromEntries(Object.entries(COST_TABLE).map(([name, { value }]) => [name, value])) as Record<
  keyof typeof COST_TABLE,
  number
>;

const thousands = (n: number) => n.toLocaleString('en-US');

function shown({ value, unit }: LimitRow): string {
  if (unit === 'ms') return value % 1000 === 0 ? `${value / 1000} s` : `${thousands(value)} ms`;
  if (unit === 'bytes') return value % (1024 * 1024) === 0 ? `${value / (1024 * 1024)} MiB` : `${thousands(value)} B`;
  return thousands(value);
}

const table = (rows: Record<string, LimitRow>): string =>
  markdownTable(
    ['Limit', 'Value', 'Beyond it'],
    Object.values(rows).map((r) => [r.meaning, shown(r), r.beyond]),
  );

/** The limits table of docs/reliability.md. */
export const renderLimitsTable = (): string => table(LIMIT_TABLE);

/** The cost model's table of docs/reliability.md. */
export const renderCostTable = (): string => table(COST_TABLE);
