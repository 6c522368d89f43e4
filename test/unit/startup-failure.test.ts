import { startupFailure } from '../../src/local-neo4j/startup-failure';

const LOG = `2026-11-24 01:30:48.100+0000 INFO  Starting...
2026-11-24 01:30:50.877+0000 ERROR Failed to start Neo4j on 127.0.0.1:7474.
java.lang.RuntimeException: Error starting Neo4j database server at /data/databases
\tat org.neo4j.Foo.bar(Foo.java:1)
Caused by: org.neo4j.kernel.lifecycle.LifecycleException: Component 'Recovery' failed to initialize.
\tat org.neo4j.Foo.baz(Foo.java:2)
Caused by: java.lang.RuntimeException: Transaction logs are missing and recovery is not possible.
\tat org.neo4j.Foo.qux(Foo.java:3)
`;

describe('startupFailure', () => {
  it('when the log holds a chain of causes, then the innermost one is the reason', () => {
    expect(startupFailure(LOG)).toBe('Transaction logs are missing and recovery is not possible.');
  });

  it('when the log holds only an ERROR line, then that line is the reason', () => {
    expect(startupFailure('x INFO  Starting\n2026-11-24 01:30:50 ERROR Port 7687 is in use.\n')).toBe(
      'Port 7687 is in use.',
    );
  });

  it('when the log names no failure, then there is no reason', () => {
    expect(startupFailure('2026-11-24 INFO  Started.\n')).toBeNull();
  });
});
