import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DirectiveType } from '../directive/directive.type';
import { RenditionType } from '../rendition/rendition.type';

export enum IngestOutcomeEnum {
  NEW_DIRECTIVE = 'NEW_DIRECTIVE',
  NEW_RENDITION = 'NEW_RENDITION',
  UNCHANGED = 'UNCHANGED',
}
registerEnumType(IngestOutcomeEnum, {
  name: 'IngestOutcome',
  description: 'What ingesting a text did.',
  valuesConfig: {
    NEW_DIRECTIVE: { description: 'The text is of a directive not held before: a new directive with this text as its rendition.' },
    NEW_RENDITION: { description: 'Another text of a directive already held (same number, or nearly the same words): added as its rendition.' },
    UNCHANGED: { description: 'This exact text is already held: nothing changed.' },
  },
});

@ObjectType('FactCounts', { description: 'How many facts of each kind a directive holds.' })
export class FactCountsType {
  @Field(() => Int, { description: 'Measures (instructions).' })
  measures!: number;

  @Field(() => Int, { description: 'Quantitative targets.' })
  targets!: number;

  @Field(() => Int, { description: 'Slogan mentions.' })
  sloganMentions!: number;

  @Field(() => Int, { description: 'Agency mentions.' })
  agencyMentions!: number;

  @Field(() => Int, { description: 'Citations of other documents.' })
  references!: number;
}

@ObjectType('IngestPayload', { description: 'The outcome of ingesting one document text.' })
export class IngestPayload {
  @Field(() => IngestOutcomeEnum, { description: 'New directive, new text of a held directive, or nothing new.' })
  outcome!: IngestOutcomeEnum;

  @Field(() => DirectiveType, { description: 'The directive the text is of; its facts are reachable through its fields.' })
  directive!: unknown;

  @Field(() => RenditionType, { description: 'The rendition stored for the text (the one already held when UNCHANGED).' })
  rendition!: unknown;

  @Field({ description: 'True when this text is the directive\'s best rendition, so its facts are the ones the directive now serves.' })
  factsFromThisText!: boolean;

  @Field(() => FactCountsType, { description: 'The facts the directive holds after ingestion (extracted from its best rendition).' })
  facts!: FactCountsType;
}
