import { Field, Int, ObjectType, UseMiddleware } from 'type-graphql';
import { CountsAgainstBudget } from '../response-budget';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Clause', {
  implements: NodeInterface,
  description: 'A numbered or bulleted unit of a rendition ("1.", "(2)", "-"), as a span of its text.',
})
export class ClauseType extends NodeInterface {
  @Field(() => Int, { description: 'Position in document order, from 0.' })
  ordinal!: number;

  @Field({ description: 'The marker, normalised: "1", "(2)", "-".' })
  label!: string;

  @Field(() => Int, { description: '1 for top-level items, 2 for items nested in them, and so on.' })
  depth!: number;

  @Field(() => Int, { description: 'Offset of its first character in the rendition text (UTF-16 code units, from 0).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after its last character (exclusive).' })
  end!: number;

  @Field({ description: 'Its text: exactly rendition.text between start and end.' })
  @UseMiddleware(CountsAgainstBudget)
  text!: string;
}
