import { Field, ObjectType, registerEnumType } from 'type-graphql';

export enum CorrectedKindEnum {
  TARGET = 'TARGET',
  MEASURE = 'MEASURE',
  DIRECTIVE = 'DIRECTIVE',
}
registerEnumType(CorrectedKindEnum, {
  name: 'CorrectedKind',
  description: 'What a correction changes.',
  valuesConfig: {
    TARGET: { description: 'A field of a Target (value, unit).' },
    MEASURE: { description: 'A field of a Measure (category, oxcgrtCode, strength).' },
    DIRECTIVE: { description: 'A metadata field of a Directive (issuedOn, number, kind).' },
  },
});

@ObjectType('Correction', {
  description:
    "An editor's change to one field, with who, when and why. Corrections are never edited or deleted; the value extraction " +
    "gave is the previousValue of the field's first correction. They survive re-ingestion: a better text replacing a directive's " +
    'facts has them applied again.',
})
export class CorrectionType {
  @Field(() => CorrectedKindEnum, { description: 'Whether a target, a measure or directive metadata was corrected.' })
  kind!: CorrectedKindEnum;

  @Field({ description: 'The corrected field, by its GraphQL name: "value", "unit", "category", "oxcgrtCode", "strength", "issuedOn", "number" or "kind".' })
  field!: string;

  @Field(() => String, { nullable: true, description: 'The value served before this correction, as text ("15000", "SAMPLES_PER_DAY", "2021-09-28"); null when it was unknown.' })
  previousValue!: string | null;

  @Field(() => String, { nullable: true, description: 'The value served since, as text; null only when a category change leaves oxcgrtCode unknown.' })
  newValue!: string | null;

  @Field({ description: 'Why, in the editor\'s words: what the source shows.' })
  reason!: string;

  @Field({ description: 'When it was made.' })
  createdAt!: Date;

  @Field(() => String, { nullable: true, description: 'The citation quote of the corrected fact when it was corrected; null for directive metadata.' })
  factQuote!: string | null;
}
