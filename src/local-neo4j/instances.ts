import { DEFAULT_LOCAL_PASSWORD } from '../config/env';
import { checkoutPorts } from './checkout-ports';
import { instanceDir } from './paths';

/** One local Neo4j server: its own ports, configuration and data directory. */
export interface InstanceSpec {
  name: string;
  boltPort: number;
  httpPort: number;
  password: string;
  dir: string;
  heap: string;
  pageCache: string;
  /** Commands Neo4j Browser runs after it connects, e.g. loading the style sheet. */
  browserPostConnect?: string;
  /** Only the tests start it: it is tuned to start and stop quickly rather than to run long (see neo4j-conf.ts). */
  forTests?: boolean;
}

type Env = Record<string, string | undefined>;

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`${name} must be a port number, got "${raw}"`);
  }
  return value;
}

/** What Neo4j Browser runs once connected: the style sheet and the guide of the API at `apiUrl`. */
const browserCommands = (apiUrl: string) => `style ${apiUrl}/browser/style.grass;play ${apiUrl}/browser/guide.html`;

/**
 * An instance of this checkout's own: its ports from the checkout's block (see checkout-ports.ts) unless
 * `<NAME>_NEO4J_BOLT_PORT` and `<NAME>_NEO4J_HTTP_PORT` say otherwise.
 */
function checkoutInstance(
  env: Env,
  name: 'test' | 'bench',
  memory: Pick<InstanceSpec, 'heap' | 'pageCache'>,
): InstanceSpec {
  const ports = checkoutPorts();
  const prefix = name.toUpperCase();
  return {
    name,
    boltPort: port(env, `${prefix}_NEO4J_BOLT_PORT`, ports[`${name}Bolt`]),
    httpPort: port(env, `${prefix}_NEO4J_HTTP_PORT`, ports[`${name}Http`]),
    password: `kommunen-graph-${name}`,
    dir: instanceDir(name),
    ...memory,
  };
}

/** The developer's instance: what `npm start` and `npm run db:*` use. */
export function devInstance(env: Env = process.env): InstanceSpec {
  const apiUrl = env.PUBLIC_URL ?? `http://localhost:${env.PORT ?? 4000}`;
  return {
    name: 'dev',
    boltPort: port(env, 'LOCAL_NEO4J_BOLT_PORT', 7687),
    httpPort: port(env, 'LOCAL_NEO4J_HTTP_PORT', 7474),
    password: env.LOCAL_NEO4J_PASSWORD || DEFAULT_LOCAL_PASSWORD,
    dir: instanceDir('dev'),
    heap: env.LOCAL_NEO4J_HEAP ?? '1g',
    pageCache: env.LOCAL_NEO4J_PAGECACHE ?? '512m',
    browserPostConnect: browserCommands(apiUrl),
  };
}

/** The port of the API that the test instance's Neo4j Browser loads its style sheet and guide from. */
export function testApiPort(env: Env = process.env): number {
  return port(env, 'TEST_API_PORT', checkoutPorts().testApi);
}

/** The instance the tests start, apart from the developer's data and from every other checkout's tests. */
export function testInstance(env: Env = process.env): InstanceSpec {
  return {
    ...checkoutInstance(env, 'test', { heap: '1g', pageCache: '256m' }),
    forTests: true,
    browserPostConnect: browserCommands(`http://localhost:${testApiPort(env)}`),
  };
}

/**
 * The instance `npm run bench` starts, apart from the developer's and the tests' data. Its memory is sized for the
 * largest benchmark graph (100k nodes, 1M relationships) loaded in one transaction: the transaction state lives on
 * the heap until commit, and the page cache holds the whole store afterwards.
 */
export function benchInstance(env: Env = process.env): InstanceSpec {
  return checkoutInstance(env, 'bench', { heap: '8g', pageCache: '4g' });
}

/** An instance of one test's own, small and tuned for tests, so that taking it offline disturbs no other test. */
function ownTestInstance(name: string, boltPort: number, httpPort: number): InstanceSpec {
  return {
    name,
    boltPort,
    httpPort,
    password: `kommunen-graph-${name}`,
    dir: instanceDir(name),
    heap: '512m',
    pageCache: '64m',
    forTests: true,
  };
}

/** The instance the outage test stops and starts. */
export function outageInstance(): InstanceSpec {
  const ports = checkoutPorts();
  return ownTestInstance('outage', ports.outageBolt, ports.outageHttp);
}

/** The instance the bulk-load test fills and empties. */
export function bulkTestInstance(): InstanceSpec {
  const ports = checkoutPorts();
  return ownTestInstance('bulk-test', ports.bulkBolt, ports.bulkHttp);
}

export function boltUri(instance: InstanceSpec): string {
  return `bolt://127.0.0.1:${instance.boltPort}`;
}

export function browserUrl(instance: InstanceSpec): string {
  return `http://127.0.0.1:${instance.httpPort}/browser/`;
}
