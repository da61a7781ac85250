import type { DeadlineKind } from '../../domain/facts';
import { DeadlineKindEnum } from '../enums';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';
import type { Deadline } from '../../db/entities';
import { CitationType, type CitationValue } from './citation.type';
import { SIMPLE } from '../simple-fields';

@ObjectType('Deadline', { simpleResolvers: SIMPLE, description: 'When something must be done, as a date, a period or a delay after an event; never a string to parse.' })
export class DeadlineType {
  @Field(() => DeadlineKindEnum, { description: 'Which of the fields below carry the deadline.' })
  kind!: DeadlineKind;

  @Field(() => LocalDate, { nullable: true, description: 'The day, for ON_DATE and BY_DATE.' })
  date!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'First day of the period, for WITHIN_PERIOD.' })
  periodStart!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day of the period, for WITHIN_PERIOD.' })
  periodEnd!: string | null;

  @Field(() => Int, { nullable: true, description: 'Number of days, for WITHIN_DAYS_OF_EVENT ("trong 2 tuần": 14, "trong vòng 48 giờ": 2); null when the time is no whole number of days ("trong vòng 12 giờ").' })
  days!: number | null;

  @Field(() => Float, { nullable: true, description: 'Number of hours, for WITHIN_DAYS_OF_EVENT stated in hours ("trong vòng 12 giờ": 12) or in days that are not whole ("1,5 ngày": 36); null when stated in whole days or weeks.' })
  hours!: number | null;

  @Field(() => String, { nullable: true, description: 'The event the days or hours count from, as written ("được phân bổ vắc xin").' })
  event!: string | null;

  @Field(() => CitationType, { description: 'The words that state the deadline.' })
  citation!: CitationValue;
}

export function deadlineOf(fact: { rendition: { id: number }; deadline: Deadline | null }): DeadlineType | null {
  const d = fact.deadline;
  if (!d || !d.kind) return null;
  const { start, end, quote, rule } = d.citation;
  return {
    kind: d.kind as DeadlineKind,
    date: d.date,
    periodStart: d.periodStart,
    periodEnd: d.periodEnd,
    days: d.days,
    hours: d.hours,
    event: d.event,
    citation: { renditionId: fact.rendition.id, start, end, quote, rule },
  };
}
