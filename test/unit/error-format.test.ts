import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError } from '../../src/db/neo4j-errors';
import { AppError } from '../../src/errors/app-error';
import { createErrorFormatter } from '../../src/graphql/error-format';

describe('the error formatter', () => {
  const reported: unknown[] = [];
  const format = createErrorFormatter((error) => reported.push(error));
  const resolverError = (original: Error) =>
    new GraphQLError(original.message, { originalError: original, path: ['field'] });

  beforeEach(() => (reported.length = 0));

  it('when a resolver throws an AppError, then its code and message reach the client', () => {
    const error = resolverError(new AppError('NOT_FOUND', 'No node has the id "x"'));
    expect(format({ message: error.message, path: ['field'] }, error)).toEqual({
      message: 'No node has the id "x"',
      path: ['field'],
      locations: undefined,
      extensions: { code: 'NOT_FOUND' },
    });
    expect(reported).toEqual([]);
  });

  it('when a resolver throws anything else, then the client sees only INTERNAL_SERVER_ERROR and it is reported', () => {
    const original = new Error('Cannot read properties of undefined (password=secret)');
    const error = resolverError(original);
    const formatted = format(
      { message: error.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } },
      error,
    );
    expect(formatted).toEqual({
      message: 'Internal server error',
      path: undefined,
      locations: undefined,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(reported).toEqual([original]);
  });

  it('when GraphQL rejects a query, then its validation message and code are kept', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".');
    expect(format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error)).toMatchObject({
      message: 'Cannot query field "x" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it.each([
    ['ServiceUnavailable', 'SERVICE_UNAVAILABLE'],
    ['SessionExpired', 'SERVICE_UNAVAILABLE'],
    ['Neo.TransientError.General.DatabaseUnavailable', 'SERVICE_UNAVAILABLE'],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONFLICT'],
    ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'SERVICE_UNAVAILABLE'],
  ])("when Neo4j fails with %s, then it becomes %s without Neo4j's message", (neo4jCode, code) => {
    const mapped = mapNeo4jError(
      new Neo4jError('internal detail bolt://10.0.0.1', neo4jCode, '50N42', 'error'),
      10_000,
    );
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe(code);
    expect((mapped as AppError).message).not.toContain('internal detail');
  });

  it('when the pool has no free connection in time, then it is SERVICE_UNAVAILABLE because of load', () => {
    const poolError = new Neo4jError(
      'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 50, Idle conn count = 0.',
      'N/A',
      '50N42',
      'error',
    );
    expect(mapNeo4jError(poolError, 10_000)).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      details: { reason: 'OVERLOADED' },
    });
  });

  it('when a plugin fails with a coded error, then the client sees its code and details', () => {
    const wrapped = new GraphQLError('wrapped', {
      originalError: new AppError('ANSWER_TOO_LARGE', 'too big', { maximum: 5 }),
    });
    expect(format({ message: 'wrapped', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped)).toEqual({
      message: 'too big',
      extensions: { code: 'ANSWER_TOO_LARGE', maximum: 5 },
    });
  });

  it('when a query limit is hit, then the limit, its value and the figure reach the client', () => {
    const formatted = {
      message: 'The query uses too many aliases',
      extensions: {
        code: 'GRAPHQL_VALIDATION_FAILED',
        limit: 'aliases',
        maximum: 20,
        actual: 21,
        http: { status: 400 },
      },
    };
    expect(format(formatted, new GraphQLError(formatted.message)).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
      limit: 'aliases',
      maximum: 20,
      actual: 21,
    });
  });
});
