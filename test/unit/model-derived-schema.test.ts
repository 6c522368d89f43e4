import {
  assertEnumType,
  assertInputObjectType,
  assertObjectType,
  getNullableType,
  isNonNullType,
  type GraphQLSchema,
} from 'graphql';

/*
 * A test-only extension of the model: a property on City, a new kind with a numeric property, and a new
 * relationship property. Everything else imports the model as usual, so the schema below is built exactly as the
 * server builds it, from the extended model and nothing else.
 */
jest.mock('../../src/model/node-kinds', () => {
  const actual = jest.requireActual('../../src/model/node-kinds');
  const NODE_KINDS = {
    ...actual.NODE_KINDS,
    City: {
      ...actual.NODE_KINDS.City,
      properties: {
        ...actual.NODE_KINDS.City.properties,
        mayor: { spec: { type: 'string' }, description: 'Who heads the administration.' },
      },
    },
    Zweckverband: {
      description: 'A special-purpose association of municipalities.',
      properties: {
        members: { spec: { type: 'number', integer: true, min: 2 }, required: true, description: 'How many.' },
      },
    },
  };
  return { ...actual, NODE_KINDS, NODE_KIND_NAMES: Object.keys(NODE_KINDS) };
});

jest.mock('../../src/model/relationship-properties', () => {
  const actual = jest.requireActual('../../src/model/relationship-properties');
  return {
    ...actual,
    RELATIONSHIP_PROPERTIES: {
      ...actual.RELATIONSHIP_PROPERTIES,
      confidence: { spec: { type: 'number', min: 0, max: 1 }, description: 'How sure the source is.' },
    },
  };
});

// Imported after the mocks are declared (jest hoists them), so the schema sees the extended model.
import { createSchema } from '../../src/graphql/schema';
import { checkNodeProperties, checkRelationshipProperties } from '../../src/model';
import { renderModelDoc } from '../../src/model/model-doc';
import { renderSeedSchema } from '../../src/model/seed-schema';
import { toRelationshipRecord } from '../../src/db/read';

describe('GraphQL types derived from the model', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await createSchema();
  });

  it('when the model gives City a new property, then City has that field with its type and description', () => {
    const mayor = assertObjectType(schema.getType('City')).getFields().mayor;
    expect(mayor).toBeDefined();
    expect(String(mayor!.type)).toBe('String');
    expect(mayor!.description).toBe('Who heads the administration.');
  });

  it('when the model gains a kind, then it is a Node type with its numeric property, and a NodeKind value', () => {
    const type = assertObjectType(schema.getType('Zweckverband'));
    expect(type.getInterfaces().map((i) => i.name)).toEqual(['Node']);
    const members = type.getFields().members!;
    expect(isNonNullType(members.type)).toBe(true);
    expect(String(getNullableType(members.type))).toBe('Int');
    expect(type.getFields().relationships).toBeDefined();
    expect(
      assertEnumType(schema.getType('NodeKind'))
        .getValues()
        .map((v) => v.name),
    ).toContain('Zweckverband');
  });

  it('when the model gains a relationship property, then facts and memberships have that field', () => {
    for (const name of ['Relationship', 'Membership']) {
      const confidence = assertObjectType(schema.getType(name)).getFields().confidence;
      expect(String(confidence?.type)).toBe('Float');
    }
  });

  it('when a property is added to the model, then validation knows it too', () => {
    expect(checkNodeProperties('City', { id: 'x', name: 'X', state: 'Hessen', mayor: 'Y' })).toEqual([]);
    expect(checkNodeProperties('Zweckverband' as 'City', { id: 'z', name: 'Z', members: 1.5 })).toEqual([
      { field: 'members', message: 'must be a whole number, got 1.5' },
    ]);
  });

  it('when the model gains a relationship property, then link can set it, with its type and description', () => {
    const confidence = assertInputObjectType(schema.getType('LinkInput')).getFields().confidence;
    expect(String(confidence?.type)).toBe('Float');
    expect(confidence?.description).toBe('How sure the source is.');
  });

  it('when the model gains a relationship property, then a fact read from Neo4j carries it for the API', () => {
    const node = { id: 'b', kind: 'Topic', name: 'B' };
    const read = (props: Record<string, unknown>) =>
      toRelationshipRecord({ type: 'ADDRESSES', direction: 'OUTGOING', ownerId: 'a', node, props });
    expect(read({ source: 'p', confidence: 0.75 })).toMatchObject({ source: 'p', status: 'ACTIVE', confidence: 0.75 });
    expect(read({ source: 'p' })).toMatchObject({ confidence: null });
  });

  it('when the model gains a relationship property, then seed files are validated and documented with it', () => {
    expect(checkRelationshipProperties({ source: 'p', confidence: 2 })).toEqual([
      { field: 'confidence', message: 'must be at most 1, got 2' },
    ]);
    const schemaText = JSON.stringify(renderSeedSchema());
    expect(schemaText).toContain('"confidence"');
    expect(schemaText).toContain('How sure the source is.');
    expect(renderModelDoc()).toMatch(/\| `confidence` \|.*How sure the source is\./);
  });
});
