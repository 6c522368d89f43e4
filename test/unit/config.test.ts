import path from 'node:path';
import { ConfigError, loadConfig } from '../../src/config/env';
import { DEFAULT_SEED_DIR } from '../../src/config/project-paths';

describe('loadConfig', () => {
  it('when nothing is set, then it serves on 127.0.0.1:4000 against the local Neo4j', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      external: null,
      database: 'neo4j',
      curatorToken: null,
    });
  });

  it("when SEED_DIR is set, then the dataset folder is that one, made absolute; else the project's seed/", () => {
    expect(loadConfig({ SEED_DIR: 'other/dataset' }).seedDir).toBe(path.resolve('other/dataset'));
    expect(loadConfig({}).seedDir).toBe(DEFAULT_SEED_DIR);
  });

  it('when NEO4J_URI is set with a password, then it uses that server', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'secret',
      NEO4J_DATABASE: 'graph',
    });
    expect(config.external).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'secret',
      database: 'graph',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 0 to 65535, got "abc"'],
    [{ PORT: '70000' }, 'PORT must be a whole number from 0 to 65535, got "70000"'],
    [{ NEO4J_URI: 'http://localhost:7474', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI must start with one of'],
    [{ NEO4J_URI: 'not a url', NEO4J_PASSWORD: 'x' }, 'NEO4J_URI must be a URL'],
    [{ NEO4J_URI: 'bolt://127.0.0.1:7687' }, 'NEO4J_PASSWORD is required when NEO4J_URI is set'],
    [{ CURATOR_TOKEN: 'short' }, 'CURATOR_TOKEN must have at least 16 characters'],
    [{ LOCAL_NEO4J_PASSWORD: 'short' }, 'LOCAL_NEO4J_PASSWORD must have at least 8 characters'],
    [{ REQUEST_TIMEOUT_MS: '5' }, 'REQUEST_TIMEOUT_MS must be a whole number from 100'],
  ])('when given %j, then it fails with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
