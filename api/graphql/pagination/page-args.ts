import { Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE } from './page-size';

export { MAX_PAGE_SIZE };

@ArgsType()
export class PageArgs {
  @Min(0)
  @Max(MAX_PAGE_SIZE)
  @Field(() => Int, { defaultValue: 20, description: `How many items to return, at most ${MAX_PAGE_SIZE}.` })
  first: number = 20;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an `endCursor` or edge cursor).' })
  after?: string | null;
}
