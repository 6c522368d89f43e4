import { registerEnumType } from 'type-graphql';
import {
  CONNECTION_KINDS,
  COOPERATION_CONNECTIONS,
  COOPERATION_STATUSES,
  LANGUAGES,
  NODE_KIND_NAMES,
  NODE_KINDS,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  STATUS_NAMES,
  STATUSES,
} from '../model';
import { CHANGE_KINDS, CHANGE_ORDERS } from '../services/changes.service';
import { ENTITY_ORDERS } from '../services/entities.service';
import { PATH_PURPOSES } from '../services/paths.service';
import { PRECEDENT_ORDERS } from '../services/precedents.service';
import { DIRECTIONS } from '../db/read';
import { SIMILARITY_WEIGHTS, type SimilarityFactor } from '../services/similarity.service';

/** A GraphQL enum object built from the model's names, so that the schema never restates them. */
function enumOf<T extends string>(names: readonly T[]): Record<T, T> {
  return Object.fromEntries(names.map((name) => [name, name])) as Record<T, T>;
}

const describe = <T extends string>(entries: Record<T, string>) =>
  Object.fromEntries(Object.entries<string>(entries).map(([name, description]) => [name, { description }]));

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

const modelEnums = new Map<string, Record<string, string>>();

/** The GraphQL enum of a model enum, registered once under `name` however many properties share it. */
export function modelEnum<T extends string>(
  name: string,
  values: readonly T[],
  config: Omit<Parameters<typeof registerEnumType<Record<T, T>>>[1], 'name'> = {},
): Record<T, T> {
  const known = modelEnums.get(name);
  if (known) return known as Record<T, T>;
  const created = enumOf(values);
  registerEnumType(created, { name, ...config });
  modelEnums.set(name, created);
  return created;
}

export const StatusEnum = modelEnum('Status', STATUS_NAMES, {
  description: 'Where a fact stands.',
  valuesConfig: describe(STATUSES),
});

export const DirectionEnum = enumOf(DIRECTIONS);
registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which way a relationship points, seen from a node.',
  valuesConfig: describe({
    OUTGOING: 'From the node to the other end.',
    INCOMING: 'From the other end to the node.',
    ABOUT:
      'Neither: the node is what the fact is about (its `about`), e.g. a report line set up for an advisory board; ' +
      '`from` and `to` are its ends.',
  }),
});

export const EntityOrderEnum = enumOf(Object.keys(ENTITY_ORDERS) as (keyof typeof ENTITY_ORDERS)[]);
registerEnumType(EntityOrderEnum, { name: 'EntityOrder', description: 'How lists of nodes are sorted.' });

export const PrecedentOrderEnum = enumOf(PRECEDENT_ORDERS);
registerEnumType(PrecedentOrderEnum, {
  name: 'PrecedentOrder',
  description: 'NEWEST: latest date first. SIMILARITY: cities most like forCity first.',
});

const FACTOR_WORDS: Record<SimilarityFactor, string> = {
  NEIGHBOURS: 'the share of what the city is linked to (networks, roles, standards, projects) that the other shares',
  SIZE: 'the smaller population divided by the larger',
  TYPE: 'the same type of municipality (Stadt, Gemeinde, kreisfreie Stadt, …)',
  URBANISATION: 'the same degree of urbanisation',
  LAND: 'the same Land',
  KREIS: 'the same Kreis',
  VERBAND: 'the same Gemeindeverband (Verbandsgemeinde, Amt, Samtgemeinde, …)',
};

export const SimilarityFactorEnum = enumOf(Object.keys(SIMILARITY_WEIGHTS) as SimilarityFactor[]);
registerEnumType(SimilarityFactorEnum, {
  name: 'SimilarityFactor',
  description: 'What makes two cities alike; each is weighed into the score.',
  valuesConfig: describe(
    Object.fromEntries(
      Object.entries(FACTOR_WORDS).map(([factor, words]) => [
        factor,
        `${words}; weight ${SIMILARITY_WEIGHTS[factor as SimilarityFactor]}`,
      ]),
    ),
  ),
});

export const LanguageEnum = enumOf(LANGUAGES);
registerEnumType(LanguageEnum, {
  name: 'Language',
  description: 'The language of explanations.',
  valuesConfig: describe({ DE: 'German', EN: 'English' }),
});

export const PathPurposeEnum = enumOf(PATH_PURPOSES);
registerEnumType(PathPurposeEnum, {
  name: 'PathPurpose',
  description: 'Which connections a path may consist of.',
  valuesConfig: describe({
    COOPERATION:
      `Steps that show working together: ${COOPERATION_CONNECTIONS.map((kind) => CONNECTION_KINDS[kind].description).join('; ')}; ` +
      `only ${COOPERATION_STATUSES.join(' and ')} facts, and through no Land or Regierungsbezirk.`,
    ANY: 'Every fact, whatever its kind and status: also shared subjects, roles and proposals.',
  }),
});

export const ChangeKindEnum = enumOf(CHANGE_KINDS);
registerEnumType(ChangeKindEnum, {
  name: 'ChangeKind',
  description: 'What a paper changed.',
  valuesConfig: describe({
    FIRST_STATED: 'It stated the fact first: no earlier paper states the same relationship.',
    STATUS_CHANGED: 'It gave the relationship another status than the newest earlier paper did.',
  }),
});

export const ChangeOrderEnum = enumOf(CHANGE_ORDERS);
registerEnumType(ChangeOrderEnum, {
  name: 'ChangeOrder',
  description: "How changes are sorted: by the date each shows, its paper's date (else the date inferred for it).",
});
