import fs from 'node:fs';
import path from 'node:path';
import { schemaStatements, SEARCH_ANALYZER_CYPHER } from '../../src/db/graph-schema';
import {
  ENTITY_LABEL,
  FACT_RELATIONSHIP_TYPES,
  NODE_KIND_NAMES,
  RELATIONSHIP_TYPE_NAMES,
  type RelationshipType,
} from '../../src/model';
import {
  CREATE_NODES_CYPHER,
  CREATE_RELATIONSHIPS_CYPHER,
  MERGE_NODES_CYPHER,
  MERGE_RELATIONSHIPS_CYPHER,
} from '../../src/seeding/write';
import { changesQueries } from '../../src/services/changes.service';
import { entitiesQueries } from '../../src/services/entities.service';
import { factsQueries } from '../../src/services/facts.service';
import { documentIdsQuery } from '../../src/services/lookup.service';
import { citiesOfQuery, nodesByIdsQuery, relationshipsQuery, statementsQuery } from '../../src/services/nodes.service';
import { pathsQuery, undatedPathFactsQuery, type PathRequest } from '../../src/services/paths.service';
import { precedentsQuery, undatedPrecedentsQuery } from '../../src/services/precedents.service';
import { searchCountQuery, searchQuery } from '../../src/services/search.service';
import { luceneQuery } from '../../src/services/search-query';
import { similarCitiesQuery, similarityScoresQuery } from '../../src/services/similarity.service';
import { statsQuery } from '../../src/services/stats.service';
import { timelineQueries } from '../../src/services/timeline.service';

/**
 * The Cypher each service sends, and its parameters, without a database: a change to a statement shows up here as
 * a snapshot difference to review. Every statement is also checked to take its values as parameters only.
 */
const KOBLENZ_TRIER = { from: 'koblenz', to: 'trier', maxHops: 4, first: 5 };
const AS_OF_2020 = { date: '2020-01-01' };

const STATEMENTS = {
  'paths, default types': pathsQuery({ ...KOBLENZ_TRIER, purpose: 'COOPERATION', language: 'DE' }),
  'paths, any purpose': pathsQuery({ ...KOBLENZ_TRIER, purpose: 'ANY', language: 'EN' }),
  'paths, given types and statuses': pathsQuery({
    from: 'koblenz',
    to: 'koeln',
    maxHops: 2,
    first: 1,
    relationshipTypes: ['COOPERATES_WITH', 'MEMBER_OF'],
    statuses: ['PROPOSED'],
    purpose: 'ANY',
    language: 'DE',
  }),
  'paths, facts left out as of a date': undatedPathFactsQuery({
    ...KOBLENZ_TRIER,
    purpose: 'COOPERATION',
    language: 'DE',
    asOf: AS_OF_2020,
  }),
  precedents: precedentsQuery('cdo', 'koblenz', 10),
  'precedents left out as of a date': undatedPrecedentsQuery('cdo', 'koblenz', AS_OF_2020),
  'precedents as of a date': precedentsQuery('cdo', null, 10, AS_OF_2020),
  'changes page': changesQueries({ since: '2021-01-01', city: 'koblenz', order: 'NEWEST_FIRST' }).page,
  'changes count, of one node': changesQueries({ since: '2021-01-01', node: 'koblenz-it-beirat' }).count,
  'statements of relationships': statementsQuery([
    { id: 'koblenz-digitalbeirat PART_OF koblenz', from: 'koblenz-digitalbeirat', type: 'PART_OF', to: 'koblenz' },
  ]),
  'similar cities': similarCitiesQuery('koblenz', 5),
  'similarity scores': similarityScoresQuery('koblenz', ['trier', 'koeln']),
  'timeline page': timelineQueries('koeln').page,
  'timeline count': timelineQueries('koeln').count,
  'timeline left out as of a date': timelineQueries('koeln').leftOut,
  stats: statsQuery(),
  'entities page': entitiesQueries({ kinds: ['City'], state: 'Hessen', text: 'Köln' }, 'NAME_ASC').page,
  'entities count': entitiesQueries({}, 'KIND').count,
  'facts page': factsQueries({
    types: ['MEMBER_OF'],
    statuses: ['ACTIVE'],
    nodeId: 'koeln',
    sources: ['koblenz-st-0078-2025'],
    since: { from: '2019-01-01' },
    paperDate: { from: '2025-01-01', to: '2025-12-31' },
  }).page,
  'facts count, no filter': factsQueries({}).count,
  'facts left out, of one node': factsQueries({ nodeId: 'koeln' }).leftOut,
  'nodes by ids': nodesByIdsQuery(['koeln', 'ozg']),
  'relationships of nodes': relationshipsQuery(['koeln'], 'relationships-of-nodes'),
  'facts about nodes': relationshipsQuery(['ozg'], 'facts-about-nodes'),
  'relationships of an administration': relationshipsQuery(['koeln'], 'administration-relationships'),
  'cities of units': citiesOfQuery(['koeln-dezernat-ix']),
  'document by id or reference': documentIdsQuery('ST/0078/2025'),
  search: searchQuery(luceneQuery('IT-Beirat Köln')!, 'IT-Beirat Köln', ['Body'], 10),
  'search count': searchCountQuery(luceneQuery('Neustadt')!, null),
};

/** Every text inside a statement's parameters, at any depth of lists and maps. */
function textValues(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(textValues);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(textValues);
  return [];
}

/** The statements whose parameters hold no text to splice: each is checked to have none. */
const TAKES_NO_TEXT = new Set<keyof typeof STATEMENTS>(['stats', 'entities count', 'facts count, no filter']);

/**
 * The statements a service builds inside the function that sends it, with no builder to call here: the integration
 * suites send each of them (curation, lookups by AGS, the administration of nodes, the similar cities' count).
 */
const SENT_FROM_INSIDE = new Set([
  'admin-units',
  'city-by-ags',
  'create-entity',
  'find-node',
  'link',
  'link-stated',
  'similar-cities-undated',
  'unlink',
  'update-entity',
]);

/** The name of every statement src/services sends, read from its source. */
function serviceStatementNames(): string[] {
  const dir = path.resolve(__dirname, '..', '..', 'src', 'services');
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) => [...fs.readFileSync(path.join(dir, file), 'utf8').matchAll(/\bname: '([a-z][a-z-]*)'/g)])
    .map((match) => match[1]!);
}

/** Labels and types from the model's allow-list, which a statement may name in its pattern. */
const MODEL_NAMES = new Set<string>([ENTITY_LABEL, ...NODE_KIND_NAMES, ...RELATIONSHIP_TYPE_NAMES]);

describe('the Cypher tier: the statements services send', () => {
  it.each(Object.entries(STATEMENTS))('when %s is built, then its Cypher and parameters match the snapshot', (_, q) => {
    expect({ name: q.name, cypher: q.cypher.trim(), params: q.params ?? {} }).toMatchSnapshot();
  });

  it.each(Object.entries(STATEMENTS))('when %s is built, then no parameter value is spliced into it', (name, q) => {
    const values = textValues(q.params ?? {});
    expect(values.length > 0 || TAKES_NO_TEXT.has(name as keyof typeof STATEMENTS)).toBe(true);
    for (const value of values) {
      expect(q.cypher).not.toContain(`'${value}'`);
      expect(q.cypher).not.toContain(`"${value}"`);
      if (value.length > 3 && !MODEL_NAMES.has(value)) expect(q.cypher).not.toContain(value);
    }
  });

  it('when a service sends a statement, then it has a case here or is named as sent from inside a service', () => {
    const covered = new Set(Object.values(STATEMENTS).map((q) => q.name));
    const names = serviceStatementNames();
    expect(names.length).toBeGreaterThan(covered.size);
    expect(names.filter((name) => !covered.has(name) && !SENT_FROM_INSIDE.has(name))).toEqual([]);
    expect([...SENT_FROM_INSIDE].filter((name) => !names.includes(name) || covered.has(name))).toEqual([]);
  });

  it('when a statement takes no text, then it is one named as such, so that a new statement cannot slip through', () => {
    for (const name of TAKES_NO_TEXT) expect(textValues(STATEMENTS[name].params ?? {})).toEqual([]);
  });

  it('when the schema statements are built, then they match the snapshot', () => {
    expect({ statements: schemaStatements(), analyzer: SEARCH_ANALYZER_CYPHER }).toMatchSnapshot();
  });

  it('when the seeding statements are built, then they match the snapshot, one for every kind and one for every type', () => {
    expect({
      mergeNodes: MERGE_NODES_CYPHER,
      createNodes: CREATE_NODES_CYPHER,
      mergeRelationships: MERGE_RELATIONSHIPS_CYPHER,
      createRelationships: CREATE_RELATIONSHIPS_CYPHER,
    }).toMatchSnapshot();
  });

  it('when an unknown kind is asked of entities, then it is refused before it enters a statement', () => {
    expect(() => entitiesQueries({ kinds: [`City) DETACH DELETE (n` as never] }, 'NAME_ASC')).toThrow(/Unknown kind/);
  });

  it('when paths are built, then only the model types enter the pattern', () => {
    const { cypher } = pathsQuery({ from: 'a', to: 'b', maxHops: 3, first: 2, purpose: 'ANY', language: 'DE' });
    const types = /\[r:([A-Z_|]+)\]/.exec(cypher)![1]!.split('|');
    for (const type of types) expect(RELATIONSHIP_TYPE_NAMES).toContain(type);
    expect(cypher).toContain(`(a:${ENTITY_LABEL} {id: $from})`);
  });

  it('when paths are asked over different lists of types, then the statement is the same and the types are a de-duplicated parameter', () => {
    const ask = (relationshipTypes: RelationshipType[]) =>
      pathsQuery({ from: 'a', to: 'b', maxHops: 3, first: 2, relationshipTypes, purpose: 'ANY', language: 'DE' });
    const one = ask(['MEMBER_OF']);
    const repeated = ask([...Array<RelationshipType>(40).fill('MEMBER_OF'), 'COOPERATES_WITH', 'MEMBER_OF']);
    const all = ask([]);
    expect(repeated.cypher).toBe(one.cypher);
    expect(all.cypher).toBe(one.cypher);
    expect(one.params!.relationshipTypes).toEqual(['MEMBER_OF']);
    expect(repeated.params!.relationshipTypes).toEqual(['MEMBER_OF', 'COOPERATES_WITH']);
    expect(all.params!.relationshipTypes).toEqual(FACT_RELATIONSHIP_TYPES);
    expect(one.cypher).toContain('type(rel) IN $relationshipTypes');
  });

  it('when the facts an as-of path search left out are counted, then the types are a parameter too', () => {
    const request: PathRequest = {
      from: 'a',
      to: 'b',
      maxHops: 3,
      first: 2,
      purpose: 'COOPERATION',
      language: 'DE',
      asOf: { date: '2020-01-01' },
    };
    const narrow = undatedPathFactsQuery({ ...request, relationshipTypes: ['MEMBER_OF', 'MEMBER_OF'] });
    const wide = undatedPathFactsQuery(request);
    expect(narrow.cypher).toBe(wide.cypher);
    expect(narrow.params!.relationshipTypes).toEqual(['MEMBER_OF']);
    expect(narrow.cypher).toContain('type(r) IN $relationshipTypes');
  });
});
