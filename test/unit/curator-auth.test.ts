import type { IncomingMessage } from 'node:http';
import { loadConfig } from '../../src/config/env';
import { curatorName } from '../../src/http/curator-auth';

const TOKEN = 'a-curator-token-of-some-length';
const OTHER = 'another-curator-token-of-length';
const TOKENS = [
  { name: 'anna', token: TOKEN },
  { name: 'ben', token: OTHER },
];
const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as IncomingMessage;

describe('curatorName', () => {
  it('when the bearer token matches one of the tokens, then the request is by that curator', () => {
    expect(curatorName(request(`Bearer ${TOKEN}`), TOKENS)).toBe('anna');
    expect(curatorName(request(`bearer   ${OTHER}`), TOKENS)).toBe('ben');
  });

  it.each([
    ['no header', undefined],
    ['the bare token', TOKEN],
    ['another token', 'Bearer another-token-of-some-length'],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token with more after it', `Bearer ${TOKEN}x`],
    ['a Basic header', `Basic ${Buffer.from(`neo4j:${TOKEN}`).toString('base64')}`],
  ])('when the request carries %s, then it is by no curator', (_name, header) => {
    expect(curatorName(request(header), TOKENS)).toBeNull();
  });

  it('when no curator token is configured, then no request is a curator request', () => {
    expect(curatorName(request('Bearer '), [])).toBeNull();
    expect(curatorName(request(`Bearer ${TOKEN}`), [])).toBeNull();
  });

  it('when CURATOR_TOKENS and CURATOR_TOKEN are set, then each token is known by its name', () => {
    const config = loadConfig({ CURATOR_TOKENS: `anna:${TOKEN}, ben:${OTHER}`, CURATOR_TOKEN: `${TOKEN}-shared` });
    expect(config.curatorTokens).toEqual([...TOKENS, { name: 'curator', token: `${TOKEN}-shared` }]);
    expect(curatorName(request(`Bearer ${TOKEN}-shared`), config.curatorTokens)).toBe('curator');
  });

  it.each([['anna'], ['anna:short'], [`:${TOKEN}`], [`an na:${TOKEN}`]])(
    'when CURATOR_TOKENS is "%s", then the configuration is refused',
    (value) => {
      expect(() => loadConfig({ CURATOR_TOKENS: value })).toThrow(/CURATOR_TOKENS must be name:token pairs/);
    },
  );
});
