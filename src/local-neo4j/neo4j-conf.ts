import path from 'node:path';
import type { InstanceSpec } from './instances';

/** JVM flags that Neo4j 5.26's own neo4j.conf sets; the launcher adds none by itself. */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
];

/**
 * For the instances only the tests start, which live for minutes and are started and stopped many times a run.
 * The JIT stops at its first tier: a start costs a third less CPU (measured 25 s to 15 s on a 2-core machine),
 * and the tests' short queries rarely run long enough for the optimising tier to pay off. Stopping waits 500 ms instead
 * of 5 s, twice, for Bolt's idle connections and threads (a stop took 12 s, now 2 to 5 s).
 */
const TEST_SETTINGS: [string, string][] = [
  ['internal.server.bolt.connection_shutdown_wait_time', '500ms'],
  ['internal.server.bolt.thread_pool_shutdown_wait_time', '500ms'],
];
const TEST_JVM_FLAGS = ['-XX:TieredStopAtLevel=1'];

/** Renders neo4j.conf for one instance: loopback only, auth on, modest memory, no telemetry. */
export function renderNeo4jConf(instance: InstanceSpec): string {
  const dir = (sub: string) => path.join(instance.dir, sub);
  const settings: [string, string][] = [
    ['server.default_listen_address', '127.0.0.1'],
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.listen_address', `127.0.0.1:${instance.boltPort}`],
    ['server.bolt.advertised_address', `127.0.0.1:${instance.boltPort}`],
    ['server.http.listen_address', `127.0.0.1:${instance.httpPort}`],
    ['server.http.advertised_address', `127.0.0.1:${instance.httpPort}`],
    ['server.https.enabled', 'false'],
    ['server.directories.data', dir('data')],
    ['server.directories.logs', dir('logs')],
    ['server.directories.run', dir('run')],
    ['server.directories.import', dir('import')],
    ['dbms.security.auth_enabled', 'true'],
    ['server.memory.heap.initial_size', '512m'],
    ['server.memory.heap.max_size', instance.heap],
    ['server.memory.pagecache.size', instance.pageCache],
    ['dbms.usage_report.enabled', 'false'],
    ['client.allow_telemetry', 'false'],
    ['browser.remote_content_hostname_whitelist', 'localhost,127.0.0.1'],
    // Transactions past their timeout are ended within this interval (2 s by default): a request's work ends soon
    // after its deadline, and its connection is free again.
    ['db.transaction.monitor.check.interval', '200ms'],
  ];
  if (instance.browserPostConnect) settings.push(['browser.post_connect_cmd', instance.browserPostConnect]);
  if (instance.forTests) settings.push(...TEST_SETTINGS);
  const flags = instance.forTests ? [...JVM_FLAGS, ...TEST_JVM_FLAGS] : JVM_FLAGS;
  const lines = settings.map(([key, value]) => `${key}=${value}`);
  lines.push(...flags.map((flag) => `server.jvm.additional=${flag}`));
  return `# Written by kommunen-graph for the "${instance.name}" instance; rewritten on every start.\n${lines.join('\n')}\n`;
}
