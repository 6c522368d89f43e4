import { DEFAULT_LOCAL_PASSWORD } from '../config/env';
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
    browserPostConnect: `style ${apiUrl}/browser/style.grass;play ${apiUrl}/browser/guide.html`,
  };
}

/** The instance the tests start, apart from the developer's data. */
export function testInstance(env: Env = process.env): InstanceSpec {
  const apiUrl = `http://localhost:${port(env, 'TEST_API_PORT', 4100)}`;
  return {
    name: 'test',
    boltPort: port(env, 'TEST_NEO4J_BOLT_PORT', 7688),
    httpPort: port(env, 'TEST_NEO4J_HTTP_PORT', 7475),
    password: 'kommunen-graph-test',
    dir: instanceDir('test'),
    heap: '1g',
    pageCache: '256m',
    browserPostConnect: `style ${apiUrl}/browser/style.grass;play ${apiUrl}/browser/guide.html`,
  };
}

/**
 * The instance `npm run bench` starts, apart from the developer's and the tests' data. Its memory is sized for the
 * largest benchmark graph (100k nodes, 1M relationships) loaded in one transaction: the transaction state lives on
 * the heap until commit, and the page cache holds the whole store afterwards.
 */
export function benchInstance(env: Env = process.env): InstanceSpec {
  return {
    name: 'bench',
    boltPort: port(env, 'BENCH_NEO4J_BOLT_PORT', 7689),
    httpPort: port(env, 'BENCH_NEO4J_HTTP_PORT', 7476),
    password: 'kommunen-graph-bench',
    dir: instanceDir('bench'),
    heap: '8g',
    pageCache: '4g',
  };
}

export function boltUri(instance: InstanceSpec): string {
  return `bolt://127.0.0.1:${instance.boltPort}`;
}

export function browserUrl(instance: InstanceSpec): string {
  return `http://127.0.0.1:${instance.httpPort}/browser/`;
}
