import { ArgsType, Field } from 'type-graphql';
import { LocalDate } from './scalars';

/** Filters every kind of fact shares: they select by the directive the fact comes from (api/read/filters.ts renders them). */
@ArgsType()
export class FactFilterArgs {
  @Field(() => [String], { nullable: true, description: 'Only facts of directives of these provinces (ISO 3166-2 codes).' })
  provinces?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only facts of directives dated on or after this day (their `datedFrom`: the date, or for an undated directive the earliest day it can have been issued).' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only facts of directives dated on or before this day.' })
  to?: string | null;
}
