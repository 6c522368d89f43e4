import { serverAudits } from 'graphql-http';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * The GraphQL-over-HTTP audits of the graphql-http package. Every MUST and SHOULD passes; the MAY audits that send
 * GET requests without a preflight header are answered 400 by Apollo's CSRF prevention, which docs/reliability.md explains.
 */
const CSRF_PROTECTED_GET_AUDITS = new Set(['5A70', 'D6D5', '6A70']);

describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  let app: TestApp;
  let url = '';
  beforeAll(async () => {
    app = await startTestApp();
    url = `${app.url}/graphql`;
  });
  afterAll(() => app.close());

  const audits = serverAudits({ url: () => url });

  it.each(audits.map((audit) => [audit.id, audit.name, audit] as const))('audit %s: %s', async (id, _name, audit) => {
    const result = await audit.fn();
    if (CSRF_PROTECTED_GET_AUDITS.has(id)) {
      expect(result.status).toBe('notice');
    } else {
      expect({ status: result.status, reason: 'reason' in result ? result.reason : undefined }).toEqual({
        status: 'ok',
        reason: undefined,
      });
    }
  });
});
