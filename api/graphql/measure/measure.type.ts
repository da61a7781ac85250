import type { Strength } from '../../domain/facts';
import { DirectionEnum, StrengthEnum } from '../enums';
import { Field, Int, ObjectType } from 'type-graphql';
import type { Direction } from '../../domain/facts';
import { NodeInterface } from '../node/node.interface';
import { Connection } from '../pagination/connection';
import { SIMPLE } from '../simple-fields';

@ObjectType('Measure', {
  simpleResolvers: SIMPLE,
  implements: NodeInterface,
  description: 'One instruction of a directive: what it orders, encourages or forbids, of whom, by when.',
})
export class MeasureType extends NodeInterface {
  @Field({ description: 'Main category, a code of the taxonomy in seeds/lexicons/categories.json (TESTING, VACCINATION...).' })
  category!: string;

  @Field(() => [String], { description: 'Further categories the instruction also touches.' })
  otherCategories!: string[];

  @Field(() => String, {
    nullable: true,
    description: 'Oxford COVID-19 Government Response Tracker indicator that fits, e.g. H2 (testing policy), H7 (vaccination), C8 (international travel).',
  })
  oxcgrtCode!: string | null;

  @Field(() => StrengthEnum, { description: 'Required, encouraged or forbidden.' })
  strength!: Strength;

  @Field(() => DirectionEnum, { nullable: true, description: 'Whether it tightens or eases what people and businesses may do; null when it does neither (inform, prepare, report).' })
  direction!: Direction | null;

  @Field(() => Int, { nullable: true, description: 'Ordinal of the clause the instruction is in, in the cited rendition.' })
  clauseOrdinal!: number | null;
}

@ObjectType('MeasureConnection', { description: 'A page of measures.' })
export class MeasureConnection extends Connection(MeasureType, 'Measure') {}
