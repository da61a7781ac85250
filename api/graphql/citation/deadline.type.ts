import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { Deadline } from '../../db/entities';
import { CitationType, type CitationValue } from './citation.type';

export enum DeadlineKindEnum {
  ON_DATE = 'ON_DATE',
  BY_DATE = 'BY_DATE',
  WITHIN_PERIOD = 'WITHIN_PERIOD',
  WITHIN_DAYS_OF_EVENT = 'WITHIN_DAYS_OF_EVENT',
}
registerEnumType(DeadlineKindEnum, {
  name: 'DeadlineKind',
  description: 'How a deadline is expressed.',
  valuesConfig: {
    ON_DATE: { description: 'On a given day (`date`).' },
    BY_DATE: { description: 'No later than a day (`date`): "chậm nhất đến ngày 30/9/2021".' },
    WITHIN_PERIOD: { description: 'Within a period (`periodStart`..`periodEnd`): "trong tháng 10 năm 2021", "quý IV/2021".' },
    WITHIN_DAYS_OF_EVENT: { description: 'Within `days` days of an `event`: "trong vòng 07 ngày kể từ khi được phân bổ vắc xin".' },
  },
});

@ObjectType('Deadline', { description: 'When something must be done, as a date, a period or a delay after an event; never a string to parse.' })
export class DeadlineType {
  @Field(() => DeadlineKindEnum, { description: 'Which of the fields below carry the deadline.' })
  kind!: DeadlineKindEnum;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day, for ON_DATE and BY_DATE.' })
  date!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'First day of the period, for WITHIN_PERIOD.' })
  periodStart!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last day of the period, for WITHIN_PERIOD.' })
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
    kind: d.kind as DeadlineKindEnum,
    date: d.date,
    periodStart: d.periodStart,
    periodEnd: d.periodEnd,
    days: d.days,
    event: d.event,
    citation: { renditionId: fact.rendition.id, start, end, quote, rule },
  };
}
