import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RelationshipRecord } from '../../db/read';
import type { FactPassage } from '../../services/passage.service';
import type { GraphContext } from '../context';
import { Passage } from '../types/passage.type';
import { Relationship } from '../types/relationship.type';

@Resolver(() => Relationship)
export class PassageResolver {
  @FieldResolver(() => Passage, {
    nullable: true,
    description: "The quote's place in its paper's text; null when the source has no text in the dataset.",
  })
  passage(@Root() relationship: RelationshipRecord, @Ctx() context: GraphContext): FactPassage | null {
    return context.passages.passage(relationship.source, relationship.evidence);
  }
}
