/** Reads and validates the process configuration from environment variables. */
import path from 'node:path';
import { DEFAULT_SEED_DIR } from './project-paths';
import { DEFAULT_REQUEST_TIMEOUT_MS } from './variables';

export class ConfigError extends Error {}

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface AppConfig {
  host: string;
  port: number;
  /** Set when NEO4J_URI is given; otherwise the project's own local Neo4j is used. */
  external: Neo4jConnection | null;
  database: string;
  curatorToken: string | null;
  /** Every curator token with the name the change log records: CURATOR_TOKENS, and CURATOR_TOKEN as "curator". */
  curatorTokens: CuratorToken[];
  requestTimeoutMs: number;
  /** Neo4j Browser's address for the links the API hands out; the local instance's when not set. */
  neo4jBrowserUrl: string | null;
  /** The dataset folder, absolute: what an empty graph is loaded from, and where the papers' texts are read. */
  seedDir: string;
}

export interface CuratorToken {
  name: string;
  token: string;
}

type Env = Record<string, string | undefined>;

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function text(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw === '' ? undefined : raw;
}

function neo4jUri(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`NEO4J_URI must be a URL such as bolt://127.0.0.1:7687, got "${raw}"`);
  }
  if (!NEO4J_SCHEMES.includes(url.protocol)) {
    throw new ConfigError(`NEO4J_URI must start with one of ${NEO4J_SCHEMES.map((s) => s + '//').join(', ')}`);
  }
  return raw;
}

/** Reads CURATOR_TOKENS, `name:token,name:token`: each curator's own token, so the change log can say who. */
function namedTokens(raw: string | undefined): CuratorToken[] {
  if (raw === undefined) return [];
  return raw.split(',').map((pair) => {
    const [name = '', token = ''] = pair.split(/:(.*)/s).map((part) => part.trim());
    if (!/^[\w.-]+$/.test(name) || token.length < 16) {
      throw new ConfigError(
        'CURATOR_TOKENS must be name:token pairs joined by commas, each token at least 16 characters',
      );
    }
    return { name, token };
  });
}

/** The password of the project's local Neo4j, unless LOCAL_NEO4J_PASSWORD says otherwise. */
export const DEFAULT_LOCAL_PASSWORD = 'kommunen-graph-local';

export function loadConfig(env: Env = process.env): AppConfig {
  const port = integer(env, 'PORT', 4000, 0, 65535);
  const host = text(env, 'HOST') ?? '127.0.0.1';
  const database = text(env, 'NEO4J_DATABASE') ?? 'neo4j';
  const uri = text(env, 'NEO4J_URI');
  let external: Neo4jConnection | null = null;
  if (uri) {
    const password = text(env, 'NEO4J_PASSWORD');
    if (!password) throw new ConfigError('NEO4J_PASSWORD is required when NEO4J_URI is set');
    external = { uri: neo4jUri(uri), username: text(env, 'NEO4J_USERNAME') ?? 'neo4j', password, database };
  }
  const localPassword = text(env, 'LOCAL_NEO4J_PASSWORD');
  if (localPassword !== undefined && localPassword.length < 8) {
    throw new ConfigError('LOCAL_NEO4J_PASSWORD must have at least 8 characters');
  }
  const curatorToken = text(env, 'CURATOR_TOKEN') ?? null;
  if (curatorToken !== null && curatorToken.length < 16) {
    throw new ConfigError('CURATOR_TOKEN must have at least 16 characters');
  }
  const curatorTokens = namedTokens(text(env, 'CURATOR_TOKENS'));
  if (curatorToken !== null) curatorTokens.push({ name: 'curator', token: curatorToken });
  return {
    host,
    port,
    external,
    database,
    curatorToken,
    curatorTokens,
    requestTimeoutMs: integer(env, 'REQUEST_TIMEOUT_MS', DEFAULT_REQUEST_TIMEOUT_MS, 100, 300_000),
    neo4jBrowserUrl: text(env, 'NEO4J_BROWSER_URL') ?? null,
    seedDir: path.resolve(text(env, 'SEED_DIR') ?? DEFAULT_SEED_DIR),
  };
}

export { CONFIG_VARIABLES } from './variables';
