import { ArgsType, Field } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { clientError } from './errors';

/** Filters every kind of fact shares: they select by the directive the fact comes from. */
@ArgsType()
export class FactFilterArgs {
  @Field(() => [String], { nullable: true, description: 'Only facts of directives of these provinces (ISO 3166-2 codes).' })
  provinces?: string[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only facts of directives dated on or after this day.' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only facts of directives dated on or before this day.' })
  to?: string | null;
}

/** The condition on a fact's directive, for entities with a `directive` relation. */
export function directiveCondition(filter: FactFilterArgs): FilterQuery<{ directive: unknown }> {
  if (filter.from && filter.to && filter.from > filter.to) throw clientError('BAD_USER_INPUT', `"from" (${filter.from}) is after "to" (${filter.to})`);
  const directive: Record<string, unknown> = {};
  if (filter.provinces) directive.province = { code: { $in: filter.provinces.map((c) => c.trim().toUpperCase()) } };
  if (filter.from || filter.to) directive.datedOn = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  return Object.keys(directive).length ? ({ directive } as never) : {};
}
