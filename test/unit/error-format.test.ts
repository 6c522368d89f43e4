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
  ])("when Neo4j fails with %s, then it becomes %s without Neo4j's message", (neo4jCode, code) => {
    const mapped = mapNeo4jError(new Neo4jError('internal detail bolt://10.0.0.1', neo4jCode, '50N42', 'error'));
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe(code);
    expect((mapped as AppError).message).not.toContain('internal detail');
  });
});
