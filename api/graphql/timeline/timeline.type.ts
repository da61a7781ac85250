import { Field, ObjectType } from 'type-graphql';
import { LocalDate } from '../scalars';
import type { Directive, Measure, Target } from '../../db/entities';
import { DirectiveType } from '../directive/directive.type';
import { MeasureType } from '../measure/measure.type';
import { TargetType } from '../target/target.type';

@ObjectType('TimelineEntry', { description: 'One directive on a timeline, with the targets and measures it set.' })
export class TimelineEntryType {
  @Field(() => LocalDate, { nullable: true, description: 'The directive\'s date (issue date, or meeting date when that is unknown); null for undated directives, listed last.' })
  date!: string | null;

  @Field(() => DirectiveType, { description: 'The directive.' })
  directive!: Directive;

  @Field(() => [TargetType], { description: 'Targets it set, in text order (only those of the requested categories).' })
  targets!: Target[];

  @Field(() => [MeasureType], { description: 'Measures it gave, in text order (only those of the requested categories).' })
  measures!: Measure[];
}
