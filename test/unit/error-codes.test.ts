import { LIMITS } from '../../src/config/limits';
import { AppError } from '../../src/errors/app-error';
import { echo, errorBody, ERROR_CODES, isErrorCode, statusOf } from '../../src/errors/codes';
import { createErrorFormatter } from '../../src/graphql/error-format';

describe('the one list of error codes', () => {
  it('when an error body is built, then it has the one shape with the code and its details', () => {
    expect(JSON.parse(errorBody('NOT_FOUND', 'gone', { argument: 'id' }))).toEqual({
      errors: [{ message: 'gone', extensions: { code: 'NOT_FOUND', argument: 'id' } }],
    });
  });

  it('when a code is looked up, then its status comes from the list, and unknown codes are not codes', () => {
    expect(statusOf('METHOD_NOT_ALLOWED')).toBe(405);
    expect(statusOf('SERVICE_UNAVAILABLE')).toBe(503);
    expect(isErrorCode('PERSISTED_QUERY_NOT_SUPPORTED')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    for (const { status } of Object.values(ERROR_CODES)) expect(status).toBeGreaterThanOrEqual(400);
  });

  it('when input is echoed, then only a short prefix of it is repeated', () => {
    expect(echo('koblenz')).toBe('koblenz');
    const long = echo('x'.repeat(1_000_000));
    expect(long.length).toBeLessThan(LIMITS.echoLength + 40);
    expect(long).toContain('1000000 characters');
  });

  it('when an application error has a huge message, then the client gets it cut short', () => {
    const format = createErrorFormatter(() => undefined);
    const error = new AppError('NOT_FOUND', `No node has the id "${'y'.repeat(100_000)}"`);
    const formatted = format({ message: error.message }, error);
    expect(formatted.message.length).toBeLessThanOrEqual(4 * LIMITS.echoLength + 1);
    expect(formatted.extensions).toEqual({ code: 'NOT_FOUND' });
  });
});
