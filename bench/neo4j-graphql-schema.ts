import {
  ENTITY_LABEL,
  NODE_KIND_NAMES,
  nodePropertySpecs,
  RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  type NodeKind,
  type PropertyType,
  type RelationshipType,
} from '../src/model';

/**
 * @neo4j/graphql type definitions for the same graph, derived from the model as our schema is: one type per kind,
 * and for every relationship type a field per direction a kind can take part in (a union when the other end can be
 * of several kinds), with the relationship properties on the edges.
 *
 * A fact's source is a property holding a Document id, not a relationship, and relationship-property types cannot
 * carry @cypher fields. So that the peer still serves a city, its facts and their papers in one request, City
 * gets a `sources` field: the Documents its relationships cite, looked up by the same unique index.
 */

type Side = 'Out' | 'In';

const camel = (type: RelationshipType) =>
  type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
const pascal = (type: RelationshipType) => camel(type).replace(/^./, (letter) => letter.toUpperCase());

function graphqlType(spec: PropertyType): string {
  if (spec.type === 'string[]') return '[String!]';
  return spec.type === 'date' ? 'Date' : 'String';
}

/** The kinds at the other end of `type` seen from its start (Out) or its end (In). */
const otherKinds = (type: RelationshipType, side: Side) =>
  (side === 'Out' ? RELATIONSHIP_TYPES[type].to : RELATIONSHIP_TYPES[type].from) as readonly NodeKind[];

/** The fields each kind has, per relationship type and direction. */
function relationshipFields(kind: NodeKind): { type: RelationshipType; side: Side }[] {
  return RELATIONSHIP_TYPE_NAMES.flatMap((type) => {
    const spec = RELATIONSHIP_TYPES[type];
    const fields: { type: RelationshipType; side: Side }[] = [];
    if ((spec.from as readonly NodeKind[]).includes(kind)) fields.push({ type, side: 'Out' });
    if ((spec.to as readonly NodeKind[]).includes(kind)) fields.push({ type, side: 'In' });
    return fields;
  });
}

const targetName = (type: RelationshipType, side: Side) => {
  const kinds = otherKinds(type, side);
  return kinds.length === 1 ? kinds[0]! : `${pascal(type)}${side === 'Out' ? 'To' : 'From'}`;
};

export function neo4jGraphQLTypeDefs(): string {
  const unions = new Set<string>();
  const types = NODE_KIND_NAMES.map((kind) => {
    const properties = Object.entries(nodePropertySpecs(kind)).map(([name, spec]) =>
      name === 'id' ? '  id: ID!' : `  ${name}: ${graphqlType(spec.spec)}${spec.required ? '!' : ''}`,
    );
    const relationships = relationshipFields(kind).map(({ type, side }) => {
      const target = targetName(type, side);
      if (otherKinds(type, side).length > 1) unions.add(`union ${target} = ${otherKinds(type, side).join(' | ')}`);
      const direction = side === 'Out' ? 'OUT' : 'IN';
      return `  ${camel(type)}${side}: [${target}!]! @relationship(type: "${type}", direction: ${direction}, properties: "Fact")`;
    });
    const sources =
      kind === 'City'
        ? [
            '  sources: [Document!]!',
            '    @cypher(statement: "MATCH (this)-[r]-() WITH DISTINCT r.source AS id MATCH (d:Document {id: id}) RETURN d", columnName: "d")',
          ]
        : [];
    const body = [...properties, ...relationships, ...sources].join('\n');
    return `type ${kind} @node(labels: ["${kind}", "${ENTITY_LABEL}"]) {\n${body}\n}`;
  });
  const fact = Object.entries(RELATIONSHIP_PROPERTIES).map(
    ([name, spec]) => `  ${name}: ${graphqlType(spec.spec)}${name === 'source' ? '!' : ''}`,
  );
  return [...types, ...unions, `type Fact @relationshipProperties {\n${fact.join('\n')}\n}`].join('\n\n');
}

/** The nested query for @neo4j/graphql: a city, every relationship with its properties and other end, its papers. */
export function neo4jGraphQLCityQuery(): string {
  const edgeProperties = Object.keys(RELATIONSHIP_PROPERTIES).join(' ');
  const connections = relationshipFields('City').map(({ type, side }) => {
    const kinds = otherKinds(type, side);
    const node =
      kinds.length === 1 ? '__typename id name' : `__typename ${kinds.map((k) => `... on ${k} { id name }`).join(' ')}`;
    return `    ${camel(type)}${side}Connection { edges { properties { ${edgeProperties} } node { ${node} } } }`;
  });
  return [
    'query City($id: ID!) {',
    '  cities(where: { id: { eq: $id } }) {',
    '    id name state',
    ...connections,
    '    sources { id title date type }',
    '  }',
    '}',
  ].join('\n');
}

export interface NeoCity {
  sources: unknown[];
  [field: string]: unknown;
}

/** How many relationships and papers the peer's answer holds, to check it serves the same data as ours. */
export function countNeoCity(city: NeoCity): { relationships: number; sources: number } {
  const relationships = Object.entries(city)
    .filter(([field]) => field.endsWith('Connection'))
    .reduce((sum, [, connection]) => sum + (connection as { edges: unknown[] }).edges.length, 0);
  return { relationships, sources: city.sources.length };
}
