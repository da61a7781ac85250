import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Bound } from '../../domain/facts';
import { BoundEnum } from '../enums';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';
import { SIMPLE } from '../simple-fields';

@ObjectType('TargetQualifiers', { simpleResolvers: SIMPLE, description: 'What qualifies a target\'s number: pool size, dose, scope, population, condition.' })
export class TargetQualifiersType {
  @Field(() => Int, { nullable: true, description: 'Samples per pool for pooled testing: "75.000 mẫu gộp 5/ngày" has 5.' })
  poolSize!: number | null;

  @Field(() => Int, { nullable: true, description: 'The vaccine dose the target is about: "mũi 2" is 2.' })
  dose!: number | null;

  @Field(() => String, { nullable: true, description: 'Where the target applies, as written: "13/13 địa phương".' })
  scope!: string | null;

  @Field(() => Int, { nullable: true, description: 'The count in a scope "13/13 địa phương": 13.' })
  scopeCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'The total in a scope "13/13 địa phương": 13.' })
  scopeTotal!: number | null;

  @Field(() => String, { nullable: true, description: 'Who the target counts, as written: "người dân có chỉ định tiêm".' })
  population!: string | null;

  @Field(() => String, { nullable: true, description: 'When the target applies, as written: "khi có tình huống xảy ra".' })
  condition!: string | null;
}

@ObjectType('Target', {
  simpleResolvers: SIMPLE,
  implements: NodeInterface,
  description: 'A quantitative goal a directive sets ("15.000 mẫu đơn/ngày"), comparable across provinces by metric and unit.',
})
export class TargetType extends NodeInterface {
  @Field({ description: 'What is measured: a code of the metrics lexicon (seeds/lexicons/metrics.json), e.g. RT_PCR_SINGLE_SAMPLES.' })
  metric!: string;

  @Field(() => Float, { description: 'The number, as a number: "15.000" is 15000.' })
  value!: number;

  @Field({ description: 'Unit code of the units lexicon (seeds/lexicons/units.json), e.g. SAMPLES_PER_DAY, PERCENT, DAYS.' })
  unit!: string;

  @Field(() => BoundEnum, { nullable: true, description: 'A ceiling ("không quá 10 người") or a floor ("tối thiểu 1,5m"); null for a value to reach.' })
  bound!: Bound | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the figure counts or measures, as written: "người" in "không tụ tập quá 10 người". For metric OTHER it says what the figure is.',
  })
  nounPhrase!: string | null;

  @Field({ description: 'True when the target applies only if something happens ("khi có tình huống xảy ra"); qualifiers.condition says what.' })
  contingent!: boolean;

  @Field(() => Int, { nullable: true, description: 'Ordinal of the clause the target is in, in the cited rendition.' })
  clauseOrdinal!: number | null;
}

@ObjectType('TargetConnection', { description: 'A page of targets.' })
export class TargetConnection extends Connection(TargetType, 'Target') {}
