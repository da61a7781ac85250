import type { DocumentKind } from '../../domain/directive';
import { ArgsType, Field } from 'type-graphql';
import { LocalDate } from '../scalars';
import { DocumentKindEnum } from '../enums';

/** Filters that make sense inside one province's list. */
@ArgsType()
export class DirectiveScopeArgs {
  @Field(() => [DocumentKindEnum], { nullable: true, description: 'Only these document kinds.' })
  kinds?: DocumentKind[] | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'Only directives dated on or after this day: the issue date, or the meeting date when the issue date is unknown, or for an undated directive the earliest day it can have been issued (`datedFrom`).',
  })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only directives dated on or before this day (same date as `from`).' })
  to?: string | null;
}

@ArgsType()
export class DirectiveFilterArgs extends DirectiveScopeArgs {
  @Field(() => [String], { nullable: true, description: 'Only these provinces, by ISO 3166-2 code ("VN-13", "VN-21").' })
  provinces?: string[] | null;
}
