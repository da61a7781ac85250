import { ArgsType, Field } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Measure, type Target } from '../db/entities';
import { checkWindow } from './errors';

/** Filters every kind of fact shares: they select by the directive the fact comes from. */
@ArgsType()
export class FactFilterArgs {
  @Field(() => [String], { nullable: true, description: 'Only facts of directives of these provinces (ISO 3166-2 codes).' })
  provinces?: string[] | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only facts of directives dated on or after this day (their `datedFrom`: the date, or for an undated directive the earliest day it can have been issued).' })
  from?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Only facts of directives dated on or before this day.' })
  to?: string | null;
}

/** The condition on a fact's directive, for entities with a `directive` relation. */
export function directiveCondition(filter: FactFilterArgs): FilterQuery<{ directive: unknown }> {
  checkWindow(filter.from, filter.to);
  const directive: Record<string, unknown> = {};
  if (filter.provinces) directive.province = { code: { $in: filter.provinces.map((c) => c.trim().toUpperCase()) } };
  if (filter.from || filter.to) directive.datedFrom = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lte: filter.to } : {}) };
  return Object.keys(directive).length ? ({ directive } as never) : {};
}

// The conditions of the `targets` and `measures` queries, shared with the CSV/JSON export so that the
// same filter gives the same rows everywhere.

export interface TargetFilter extends FactFilterArgs {
  metrics?: string[] | null;
  units?: string[] | null;
}

export interface MeasureFilter extends FactFilterArgs {
  categories?: string[] | null;
  oxcgrtCodes?: string[] | null;
  strengths?: string[] | null;
  agencies?: string[] | null;
}

export function targetCondition(filter: TargetFilter): FilterQuery<Target> {
  const where: FilterQuery<Target>[] = [directiveCondition(filter) as FilterQuery<Target>];
  if (filter.metrics) where.push({ metric: { $in: filter.metrics } });
  if (filter.units) where.push({ unit: { $in: filter.units } });
  return { $and: where };
}

export function measureCondition(em: EntityManager, filter: MeasureFilter): FilterQuery<Measure> {
  const where: FilterQuery<Measure>[] = [directiveCondition(filter) as FilterQuery<Measure>];
  if (filter.categories) where.push({ category: { $in: filter.categories } });
  if (filter.oxcgrtCodes) where.push({ oxcgrtCode: { $in: filter.oxcgrtCodes } });
  if (filter.strengths) where.push({ strength: { $in: filter.strengths as Measure['strength'][] } });
  if (filter.agencies) {
    // A sub-select on the pivot keeps one row per measure however many of the agencies match.
    const assigned = em.createQueryBuilder(Measure, 'm').select('m.id').join('m.agencies', 'a').where({ 'a.canonicalName': { $in: filter.agencies } });
    where.push({ id: { $in: assigned.getKnexQuery() } } as never);
  }
  return { $and: where };
}
