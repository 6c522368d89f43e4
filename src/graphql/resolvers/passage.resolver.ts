import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { RelationshipRecord } from '../../db/read';
import { projectPassages, type FactPassage } from '../../services/passage.service';
import { Passage } from '../types/passage.type';
import { Relationship } from '../types/relationship.type';

@Resolver(() => Relationship)
export class PassageResolver {
  @FieldResolver(() => Passage, {
    nullable: true,
    description: "The quote's place in its paper's text; null when the source has no text in the project.",
  })
  passage(@Root() relationship: RelationshipRecord): FactPassage | null {
    return projectPassages.passage(relationship.source, relationship.evidence);
  }
}
