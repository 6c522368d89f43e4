import type { IncomingMessage } from 'node:http';
import { isCuratorRequest } from '../../src/http/curator-auth';

const TOKEN = 'a-curator-token-of-some-length';
const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

describe('isCuratorRequest', () => {
  it('when the bearer token matches, then the request is a curator request', () => {
    expect(isCuratorRequest(request(`Bearer ${TOKEN}`), TOKEN)).toBe(true);
    expect(isCuratorRequest(request(`bearer   ${TOKEN}`), TOKEN)).toBe(true);
  });

  it.each([
    ['no header', undefined],
    ['the bare token', TOKEN],
    ['another token', 'Bearer another-token-of-some-length'],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token with more after it', `Bearer ${TOKEN}x`],
    ['a Basic header', `Basic ${Buffer.from(`neo4j:${TOKEN}`).toString('base64')}`],
  ])('when the request carries %s, then it is not', (_name, header) => {
    expect(isCuratorRequest(request(header), TOKEN)).toBe(false);
  });

  it('when no curator token is configured, then no request is a curator request', () => {
    expect(isCuratorRequest(request('Bearer '), null)).toBe(false);
    expect(isCuratorRequest(request(`Bearer ${TOKEN}`), null)).toBe(false);
  });
});
