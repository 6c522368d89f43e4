import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../../src/errors/app-error';
import { mapNeo4jError } from '../../src/db/neo4j-errors';

/** What the driver reports for a message Neo4j skipped after an earlier one on the same connection failed. */
const ignored = () =>
  new Neo4jError(
    'Ignored either because of an error or RESET',
    'N/A',
    'N/A',
    'Ignored either because of an error or RESET',
  );

describe('Neo4j errors as coded errors', () => {
  it("when a statement is ignored after its request ran out of time, then it is the request's timeout, not an internal error", () => {
    const mapped = mapNeo4jError(ignored(), 5_000, { remainingMs: () => 0 });
    expect(mapped).toBeInstanceOf(AppError);
    expect(mapped).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { reason: 'TIMEOUT', timeoutMs: 5_000 } });
  });

  it('when a statement is ignored after its request ended, then it is the end of the request', () => {
    const ended = new AbortController();
    ended.abort();
    const mapped = mapNeo4jError(ignored(), 5_000, { remainingMs: () => 1_000, ended: ended.signal });
    expect(mapped).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('when a statement is ignored with time left, then it is a coded database error the client may retry', () => {
    const mapped = mapNeo4jError(ignored(), 5_000, { remainingMs: () => 1_000 });
    expect(mapped).toMatchObject({ code: 'SERVICE_UNAVAILABLE', details: { reason: 'DATABASE_UNAVAILABLE' } });
  });

  it('when a transaction is terminated or times out in Neo4j, then the answer is coded', () => {
    const terminated = new Neo4jError('terminated', 'Neo.ClientError.Transaction.Terminated', 'N/A', 'N/A');
    const timedOut = new Neo4jError(
      'timed out',
      'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
      'N/A',
      'N/A',
    );
    expect(mapNeo4jError(terminated, 5_000, { remainingMs: () => -1 })).toMatchObject({
      details: { reason: 'TIMEOUT' },
    });
    expect(mapNeo4jError(timedOut, 5_000, null)).toMatchObject({ details: { reason: 'TIMEOUT' } });
  });
});
