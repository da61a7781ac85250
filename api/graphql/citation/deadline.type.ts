import type { DeadlineKind } from '../../domain/facts';
import { DeadlineKindEnum } from '../enums';
import { Field, Int, ObjectType } from 'type-graphql';
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

  @Field(() => Int, { nullable: true, description: 'Number of days, for WITHIN_DAYS_OF_EVENT.' })
  days!: number | null;

  @Field(() => String, { nullable: true, description: 'The event the days count from, as written ("được phân bổ vắc xin").' })
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
    event: d.event,
    citation: { renditionId: fact.rendition.id, start, end, quote, rule },
  };
}
