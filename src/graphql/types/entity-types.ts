import { GraphQLLocalDate, GraphQLURL } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { NODE_KINDS } from '../../model';
import { BodyTypeEnum, DocumentTypeEnum, OrganisationTypeEnum, ProjectTypeEnum, StandardTypeEnum } from '../enums';
import { NodeInterface } from './node.type';

const about = (kind: keyof typeof NODE_KINDS) => ({
  implements: NodeInterface,
  simpleResolvers: true,
  description: NODE_KINDS[kind].description,
});

@ObjectType(about('City'))
export class City extends NodeInterface {
  @Field(() => String, { description: 'Bundesland.' })
  state!: string;

  @Field(() => String, { nullable: true, description: 'Amtlicher Gemeindeschlüssel.' })
  ags?: string;

  @Field(() => String, { nullable: true, description: 'Wikidata item id, e.g. Q365.' })
  wikidata?: string;

  @Field(() => GraphQLURL, { nullable: true })
  website?: string;
}

@ObjectType(about('Organisation'))
export class Organisation extends NodeInterface {
  @Field(() => OrganisationTypeEnum)
  type!: string;

  @Field(() => String, { nullable: true })
  wikidata?: string;

  @Field(() => GraphQLURL, { nullable: true })
  website?: string;
}

@ObjectType(about('OrgUnit'))
export class OrgUnit extends NodeInterface {
  @Field(() => String, { nullable: true, description: 'The unit\'s number or short name, e.g. "10.50".' })
  code?: string;
}

@ObjectType(about('Role'))
export class Role extends NodeInterface {}

@ObjectType(about('Body'))
export class Body extends NodeInterface {
  @Field(() => BodyTypeEnum)
  type!: string;
}

@ObjectType(about('Standard'))
export class Standard extends NodeInterface {
  @Field(() => StandardTypeEnum)
  type!: string;

  @Field(() => String, { nullable: true, description: 'Official number, e.g. "DIN SPEC 91357".' })
  code?: string;

  @Field(() => GraphQLURL, { nullable: true })
  website?: string;
}

@ObjectType(about('Project'))
export class Project extends NodeInterface {
  @Field(() => ProjectTypeEnum)
  type!: string;

  @Field(() => GraphQLURL, { nullable: true })
  website?: string;
}

@ObjectType(about('Document'))
export class Document extends NodeInterface {
  @Field(() => DocumentTypeEnum)
  type!: string;

  @Field(() => String, { nullable: true, description: 'The council\'s reference, e.g. "ST/0078/2025".' })
  reference?: string;

  @Field(() => String)
  title!: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The date on the paper; null when it gives none.' })
  date?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'A date the paper does not give, inferred.' })
  inferredDate?: string;

  @Field(() => String, { nullable: true, description: 'What inferredDate is inferred from.' })
  dateBasis?: string;

  @Field(() => GraphQLLocalDate, { nullable: true, description: 'The session it was presented to.' })
  sessionDate?: string;

  @Field(() => GraphQLURL, { nullable: true })
  url?: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its extracted text, by its path in the repository (served at /papers/<id>.txt).',
  })
  file?: string;

  @Field(() => GraphQLURL, {
    nullable: true,
    description: 'Its OParl id, for a paper from a council information system.',
  })
  oparlId?: string;

  @Field(() => GraphQLURL, { nullable: true, description: 'The URL of its main file.' })
  mainFileUrl?: string;
}

@ObjectType(about('Topic'))
export class Topic extends NodeInterface {}

/** Every object type implementing Node, for the schema's orphaned types. */
export const ENTITY_TYPES = [City, Organisation, OrgUnit, Role, Body, Standard, Project, Document, Topic];
