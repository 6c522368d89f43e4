import neo4j from 'neo4j-driver';
import { toNeo4jProperties } from '../../src/db/convert';
import { AppError } from '../../src/errors/app-error';
import { RELATIONSHIP_PROPERTIES } from '../../src/model';
import { toNodeRecord, toPlain, toProperties, toRelationshipRecord } from '../../src/db/read';
import { decodeCursor, encodeCursor, pageSize, MAX_PAGE_SIZE } from '../../src/services/pagination';
import {
  germanSpellings,
  luceneQuery,
  MAX_SEARCH_CLAUSES,
  MAX_SEARCH_WORD_LENGTH,
  MAX_SEARCH_WORDS,
} from '../../src/services/search-query';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof AppError ? error.code : 'not an AppError';
  }
  return undefined;
}

describe('the Lucene query builder', () => {
  it('when a hyphenated German term is given, then both parts are required and "it" is kept', () => {
    const query = luceneQuery('IT-Beirat')!;
    expect(query.split(' AND ')).toHaveLength(2);
    expect(query).toContain('name:it^8');
    expect(query).toContain('name:beirat^8');
  });

  it('when Lucene syntax is typed, then none of it reaches the query', () => {
    const query = luceneQuery('a:b OR (c* ~d) "e" \\f')!;
    expect(query).not.toMatch(/name:[^ ]*[:()"\\]/);
    expect(luceneQuery('-- ** ::')).toBeNull();
  });

  it('when a word has umlauts or written-out umlauts, then both spellings are asked for', () => {
    expect(germanSpellings('köln')).toEqual(['köln', 'koeln']);
    expect(germanSpellings('koeln')).toEqual(['koeln', 'köln']);
    expect(germanSpellings('straße')).toEqual(['straße', 'strasse']);
    expect(germanSpellings('koblenz')).toEqual(['koblenz']);
  });

  it('when a word is long enough, then typos are forgiven more the longer it is', () => {
    expect(luceneQuery('pd')).not.toContain('~');
    expect(luceneQuery('koln')).toContain('name:koln~1^2');
    expect(luceneQuery('eurocitis')).toContain('name:eurocitis~2^2');
  });

  it('when "every" is false, then any word will do', () => {
    expect(luceneQuery('st 0078 2099', false)!.split(' OR (')).toHaveLength(3);
  });

  it('when the input passes a limit, then it is BAD_USER_INPUT', () => {
    expect(codeOf(() => luceneQuery('x'.repeat(MAX_SEARCH_WORD_LENGTH)))).toBeUndefined();
    expect(codeOf(() => luceneQuery('x'.repeat(MAX_SEARCH_WORD_LENGTH + 1)))).toBe('BAD_USER_INPUT');
    const words = (n: number, word: string) => Array.from({ length: n }, (_, i) => `${word}${i}`).join(' ');
    expect(codeOf(() => luceneQuery(words(MAX_SEARCH_WORDS, 'wort')))).toBeUndefined();
    expect(codeOf(() => luceneQuery(words(MAX_SEARCH_WORDS + 1, 'wort')))).toBe('BAD_USER_INPUT');
    const clauses = (text: string) => luceneQuery(text)!.split(/ OR | AND /).length;
    expect(clauses(words(MAX_SEARCH_WORDS, 'wort'))).toBeLessThanOrEqual(MAX_SEARCH_CLAUSES);
    expect(codeOf(() => luceneQuery(words(MAX_SEARCH_WORDS, 'muellerstraße')))).toBe('BAD_USER_INPUT');
  });
});

describe('cursors and page sizes', () => {
  it('when a cursor is handed out, then the next page starts after it', () => {
    expect(decodeCursor(encodeCursor(0))).toBe(1);
    expect(decodeCursor(encodeCursor(41))).toBe(42);
    expect(decodeCursor(null)).toBe(0);
  });

  it('when a cursor was not handed out by the API, then it is BAD_USER_INPUT', () => {
    expect(codeOf(() => decodeCursor('bm9wZQ'))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => decodeCursor(Buffer.from('offset:-1').toString('base64url')))).toBe('BAD_USER_INPUT');
  });

  it('when a page size is outside 1 to the maximum, then it is BAD_USER_INPUT', () => {
    expect(pageSize(MAX_PAGE_SIZE)).toBe(MAX_PAGE_SIZE);
    expect(codeOf(() => pageSize(0))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageSize(MAX_PAGE_SIZE + 1))).toBe('BAD_USER_INPUT');
    expect(codeOf(() => pageSize(1.5))).toBe('BAD_USER_INPUT');
  });
});

describe('property conversion', () => {
  it('when Neo4j temporals are read without a projection, then they become ISO text and the rest stays', () => {
    expect(
      toPlain({
        n: 42,
        d: new neo4j.types.Date(2017, 8, 14),
        list: [new neo4j.types.Date(2020, 1, 2), null],
        t: new neo4j.types.DateTime(2025, 1, 2, 3, 4, 5, 0, 0),
      }),
    ).toEqual({ n: 42, d: '2017-08-14', list: ['2020-01-02', null], t: '2025-01-02T03:04:05.000Z' });
  });

  it('when a projection of stored properties is read, then the null date keys it added are left out', () => {
    expect(toProperties({ id: 'koblenz', population: 114024, founded: null, since: '2017-08-14' })).toEqual({
      id: 'koblenz',
      population: 114024,
      since: '2017-08-14',
    });
  });

  it('when properties are written, then ISO dates become Neo4j dates and nothing else changes', () => {
    const props = { since: '2017-08-14', source: 'paper', evidence: '2017-08-14' };
    const converted = toNeo4jProperties(RELATIONSHIP_PROPERTIES, props);
    expect(converted.since).toEqual(new neo4j.types.Date(2017, 8, 14));
    expect(converted.evidence).toBe('2017-08-14');
    expect(props.since).toBe('2017-08-14');
    const undated = { source: 'paper' };
    expect(toNeo4jProperties(RELATIONSHIP_PROPERTIES, undated)).toBe(undated);
  });

  it('when a projected node is read, then the null date keys are left out and the common fields are set', () => {
    expect(toNodeRecord({ id: 'ozg', kind: 'Standard', name: 'OZG', aliases: null, date: null, type: 'LAW' })).toEqual({
      id: 'ozg',
      kind: 'Standard',
      name: 'OZG',
      aliases: [],
      description: null,
      properties: { type: 'LAW' },
    });
  });

  it('when a projected fact about its owner is read, then its start node is kept', () => {
    const node = { id: 'trier', kind: 'City', name: 'Trier', state: 'Rheinland-Pfalz' };
    const record = toRelationshipRecord({
      type: 'COOPERATES_WITH',
      direction: 'OUTGOING',
      ownerId: 'ozg',
      node,
      aboutFrom: { ...node, id: 'koblenz', name: 'Koblenz' },
      props: { status: 'ACTIVE', since: '2019-08-23', source: 'paper', about: 'ozg' },
    });
    expect(record).toMatchObject({ ownerId: 'ozg', since: '2019-08-23', until: null, about: 'ozg' });
    expect(record.aboutFrom?.id).toBe('koblenz');
    expect(record.node.id).toBe('trier');
  });
});
