import { Field, Int, ObjectType } from 'type-graphql';
import { SIMPLE } from '../simple-fields';

/** A citation as resolvers hand it over: the stored span plus the rendition it points into. */
export interface CitationValue {
  renditionId: number;
  start: number;
  end: number;
  quote: string;
  rule: string;
}

@ObjectType('Citation', {
  simpleResolvers: SIMPLE,
  description: 'Where a fact was read: the exact quote, its span in a rendition\'s text, and the extraction rule that found it.',
})
export class CitationType {
  @Field(() => Int, { description: 'Offset of the quote\'s first character in rendition.text (UTF-16 code units, from 0).' })
  start!: number;

  @Field(() => Int, { description: 'Offset just after the quote\'s last character (exclusive).' })
  end!: number;

  @Field({ description: 'The words of the document, exactly rendition.text between start and end.' })
  quote!: string;

  @Field({ description: 'Name of the extraction rule that produced the fact, e.g. "target.samples-per-day".' })
  rule!: string;
}

export function citationOf(fact: { rendition: { id: number }; citation: { start: number; end: number; quote: string; rule: string } }): CitationValue {
  const { start, end, quote, rule } = fact.citation;
  return { renditionId: fact.rendition.id, start, end, quote, rule };
}
