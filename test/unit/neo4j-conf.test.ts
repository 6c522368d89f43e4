import {
  benchInstance,
  bulkTestInstance,
  devInstance,
  outageInstance,
  testInstance,
} from '../../src/local-neo4j/instances';
import { renderNeo4jConf } from '../../src/local-neo4j/neo4j-conf';

const settings = (conf: string) =>
  new Map(
    conf
      .split('\n')
      .filter((line) => line.includes('=') && !line.startsWith('#') && !line.startsWith('server.jvm.additional'))
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );

describe('renderNeo4jConf', () => {
  it('when rendered for the dev instance, then it listens on loopback with auth on and telemetry off', () => {
    const conf = settings(renderNeo4jConf(devInstance({})));
    expect(conf.get('server.default_listen_address')).toBe('127.0.0.1');
    expect(conf.get('server.bolt.listen_address')).toBe('127.0.0.1:7687');
    expect(conf.get('server.http.listen_address')).toBe('127.0.0.1:7474');
    expect(conf.get('dbms.security.auth_enabled')).toBe('true');
    expect(conf.get('dbms.usage_report.enabled')).toBe('false');
    expect(conf.get('browser.post_connect_cmd')).toBe(
      'style http://localhost:4000/browser/style.grass;play http://localhost:4000/browser/guide.html',
    );
  });

  it('when rendered for the test instance, then its ports and data directory differ from the dev instance', () => {
    const dev = settings(renderNeo4jConf(devInstance({})));
    const test = settings(renderNeo4jConf(testInstance({})));
    for (const key of ['server.bolt.listen_address', 'server.http.listen_address', 'server.directories.data']) {
      expect(test.get(key)).not.toBe(dev.get(key));
    }
  });

  it('when rendered for an instance only the tests start, then it compiles with the first JIT tier and stops without waiting 5 s for Bolt', () => {
    for (const instance of [testInstance({}), outageInstance(), bulkTestInstance()]) {
      const conf = renderNeo4jConf(instance);
      expect(conf).toContain('server.jvm.additional=-XX:TieredStopAtLevel=1');
      expect(settings(conf).get('internal.server.bolt.connection_shutdown_wait_time')).toBe('500ms');
      expect(settings(conf).get('internal.server.bolt.thread_pool_shutdown_wait_time')).toBe('500ms');
    }
    for (const instance of [devInstance({}), benchInstance({})]) {
      const conf = renderNeo4jConf(instance);
      expect(conf).not.toContain('TieredStopAtLevel');
      expect(conf).not.toContain('shutdown_wait_time');
    }
  });

  it('when a port variable is not a number, then it fails with the variable name', () => {
    expect(() => devInstance({ LOCAL_NEO4J_BOLT_PORT: 'x' })).toThrow(
      'LOCAL_NEO4J_BOLT_PORT must be a port number, got "x"',
    );
  });
});
