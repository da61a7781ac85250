import { Field, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';
import type { PeriodEndReason, PeriodStartReason } from '../../domain/facts';
import { CitationType, type CitationValue } from '../citation/citation.type';
import { PeriodEndReasonEnum, PeriodStartReasonEnum } from '../enums';

@ObjectType('PeriodStart', { description: 'The first day a measure or target is in force, why, and the words that set it.' })
export class PeriodStartType {
  @Field(() => LocalDate, { nullable: true, description: 'The first day in force; null when nothing is stated and the directive has no date.' })
  date!: string | null;

  @Field(() => PeriodStartReasonEnum, { description: 'What sets the day.' })
  reason!: PeriodStartReason;

  @Field(() => CitationType, {
    nullable: true,
    description: 'The words that state it ("từ 0 giờ ngày 19/7/2021", "có hiệu lực kể từ ngày ký"); null when the issue date applies because nothing is said.',
  })
  citation!: CitationValue | null;
}

@ObjectType('PeriodEnd', { description: 'The last day a measure or target is in force, or why it has none, and the words that set it.' })
export class PeriodEndType {
  @Field(() => LocalDate, { nullable: true, description: 'The last day in force; null when open-ended (see reason).' })
  date!: string | null;

  @Field(() => PeriodEndReasonEnum, { description: 'What sets the day, or why there is none.' })
  reason!: PeriodEndReason;

  @Field(() => CitationType, {
    nullable: true,
    description: 'The words that set it: the stated end or duration, the deadline, "cho đến khi có thông báo mới", or for SUPERSEDED the replacing fact in the later directive (see supersededBy on the fact); null for OPEN_ENDED.',
  })
  citation!: CitationValue | null;
}

@ObjectType('StatedPeriod', {
  description: 'When the fact\'s own words say it is in force, as read from the text ("từ 0 giờ ngày 19/7/2021", "trong thời gian 14 ngày", "cho đến khi có thông báo mới"); effectiveFrom and effectiveTo are what it comes to.',
})
export class StatedPeriodType {
  @Field(() => LocalDate, { nullable: true, description: 'The first day stated; null when the text counts from the signing ("có hiệu lực kể từ ngày ký").' })
  from!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The last day stated ("đến hết ngày 15/4/2020").' })
  to!: string | null;

  @Field(() => Int, { nullable: true, description: 'A stated duration in days, counted from `from` or the issue date.' })
  days!: number | null;

  @Field({ description: 'True for "cho đến khi có thông báo mới": open-ended by its own words.' })
  untilFurtherNotice!: boolean;

  @Field(() => CitationType, { description: 'The words that state it.' })
  citation!: CitationValue;
}
