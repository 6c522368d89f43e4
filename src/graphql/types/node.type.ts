import { Field, ID, InterfaceType } from 'type-graphql';
import type { NodeKind } from '../../model';
import type { NodeRecord } from '../../services/node-record';
import { NodeKindEnum } from '../enums';

/** A node as GraphQL resolves it: the record's own properties flattened beside the common ones. */
export type NodeView = Record<string, unknown> & Omit<NodeRecord, 'properties'>;

export function toNodeView(record: NodeRecord): NodeView {
  return {
    ...record.properties,
    id: record.id,
    kind: record.kind,
    name: record.name,
    aliases: record.aliases,
    description: record.description,
  };
}

@InterfaceType('Node', {
  description: 'Anything in the graph: a city, organisation, unit, role, body, standard, project, paper or topic.',
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Stable id, e.g. "koeln".' })
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => NodeKindEnum)
  kind!: NodeKind;

  @Field(() => [String], { description: 'Other spellings, e.g. "Koln" and "Cologne" for Köln.' })
  aliases!: string[];

  @Field(() => String, { nullable: true })
  description!: string | null;
}
