import { registerEnumType } from 'type-graphql';
import {
  BODY_TYPES,
  DOCUMENT_TYPES,
  NODE_KIND_NAMES,
  NODE_KINDS,
  ORGANISATION_TYPES,
  PROJECT_TYPES,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  STANDARD_TYPES,
  STATUS_NAMES,
  STATUSES,
} from '../model';
import { ENTITY_ORDERS } from '../services/entities.service';

/** A GraphQL enum object built from the model's names, so that the schema never restates them. */
function enumOf<T extends string>(names: readonly T[]): Record<T, T> {
  return Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>;
}

const describe = <T extends string>(entries: Record<T, string>) =>
  Object.fromEntries(Object.entries(entries).map(([name, description]) => [name, { description }]));

export const NodeKindEnum = enumOf(NODE_KIND_NAMES);
registerEnumType(NodeKindEnum, {
  name: 'NodeKind',
  description: 'The kinds of node the graph holds.',
  valuesConfig: describe(Object.fromEntries(NODE_KIND_NAMES.map((k) => [k, NODE_KINDS[k].description]))),
});

export const RelationshipTypeEnum = enumOf(RELATIONSHIP_TYPE_NAMES);
registerEnumType(RelationshipTypeEnum, {
  name: 'RelationshipType',
  description: 'The relationship types of the graph.',
  valuesConfig: describe(
    Object.fromEntries(
      RELATIONSHIP_TYPE_NAMES.map((t) => {
        const spec = RELATIONSHIP_TYPES[t];
        return [t, `${spec.description} (${spec.from.join('|')} → ${spec.to.join('|')})`];
      }),
    ),
  ),
});

export const StatusEnum = enumOf(STATUS_NAMES);
registerEnumType(StatusEnum, { name: 'Status', description: 'Where a fact stands.', valuesConfig: describe(STATUSES) });

export const DirectionEnum = enumOf(['OUTGOING', 'INCOMING'] as const);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which way a relationship points, seen from a node.',
});

export const OrganisationTypeEnum = enumOf(ORGANISATION_TYPES);
registerEnumType(OrganisationTypeEnum, { name: 'OrganisationType' });

export const BodyTypeEnum = enumOf(BODY_TYPES);
registerEnumType(BodyTypeEnum, { name: 'BodyType' });

export const StandardTypeEnum = enumOf(STANDARD_TYPES);
registerEnumType(StandardTypeEnum, { name: 'StandardType' });

export const ProjectTypeEnum = enumOf(PROJECT_TYPES);
registerEnumType(ProjectTypeEnum, { name: 'ProjectType' });

export const DocumentTypeEnum = enumOf(DOCUMENT_TYPES);
registerEnumType(DocumentTypeEnum, { name: 'DocumentType' });

export const EntityOrderEnum = enumOf(Object.keys(ENTITY_ORDERS) as (keyof typeof ENTITY_ORDERS)[]);
registerEnumType(EntityOrderEnum, { name: 'EntityOrder', description: 'How lists of nodes are sorted.' });

export const PrecedentOrderEnum = enumOf(['NEWEST', 'SIMILARITY'] as const);
registerEnumType(PrecedentOrderEnum, {
  name: 'PrecedentOrder',
  description: 'NEWEST: latest date first. SIMILARITY: cities most like forCity first.',
});
