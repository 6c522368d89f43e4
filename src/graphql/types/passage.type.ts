import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({
  simpleResolvers: true,
  description: "Where a fact's quote stands in the text of its paper.",
})
export class Passage {
  @Field(() => String, {
    description: 'The quote as it stands in the extracted text (OCR damage and line breaks kept).',
  })
  quote!: string;

  @Field(() => String, { description: 'The sentence (or sentences) the quote stands in.' })
  sentence!: string;

  @Field(() => Int, { description: 'Offset of the quote in the text, in characters from 0.' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the quote.' })
  end!: number;

  @Field(() => Int, { description: 'The line the quote starts on, from 1.' })
  line!: number;

  @Field(() => Int, { description: 'The column the quote starts at, from 1.' })
  column!: number;

  @Field(() => String, { description: "Path on this API that serves the paper's text with the quote marked." })
  textUrl!: string;
}
