import { ArgsType, Field } from 'type-graphql';
import { LocalDate } from './scalars';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Measure, type AgencyMention, type Directive, type Reference, type SloganMention, type Target } from '../db/entities';
import type { DocumentKind } from '../domain/directive';
import type { AgencyLevel, SloganKind } from '../domain/facts';
import { defaultLexicons } from '../ingestion/lexicons';
import { canonicalNumber } from '../ingestion/lexicons/document-kinds';
import { checkWindow } from './errors';

/** Filters every kind of fact shares: they select by the directive the fact comes from. */
@ArgsType()
export class FactFilterArgs {
  @Field(() => [String], { nullable: true, description: 'Only facts of directives of these provinces (ISO 3166-2 codes).' })
  provinces?: string[] | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only facts of directives dated on or after this day (their `datedFrom`: the date, or for an undated directive the earliest day it can have been issued).' })
  from?: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'Only facts of directives dated on or before this day.' })
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

export interface ReferenceFilter extends FactFilterArgs {
  numbers?: string[] | null;
}

/** The `references` query's condition: a number is matched in its canonical spelling ("1699/CD-TTg" is "1699/CĐ-TTg"). */
export function referenceCondition(filter: ReferenceFilter): FilterQuery<Reference> {
  const where: FilterQuery<Reference>[] = [directiveCondition(filter) as FilterQuery<Reference>];
  if (filter.numbers) where.push({ number: { $in: filter.numbers.map((n) => canonicalNumber(defaultLexicons().documentKinds, n)) } });
  return { $and: where };
}

/** Slogan mentions of directives in the filter, of slogans of these kinds. */
export function sloganMentionCondition(filter: FactFilterArgs & { kinds?: string[] | null }): FilterQuery<SloganMention> {
  const where: FilterQuery<SloganMention>[] = [directiveCondition(filter) as FilterQuery<SloganMention>];
  if (filter.kinds) where.push({ slogan: { kind: { $in: filter.kinds as SloganKind[] } } });
  return { $and: where };
}

/** Agency mentions of directives in the filter, of agencies of these tiers. */
export function agencyMentionCondition(filter: FactFilterArgs & { levels?: string[] | null }): FilterQuery<AgencyMention> {
  const where: FilterQuery<AgencyMention>[] = [directiveCondition(filter) as FilterQuery<AgencyMention>];
  if (filter.levels) where.push({ agency: { level: { $in: filter.levels as AgencyLevel[] } } });
  return { $and: where };
}

/** The `directives` query's filters on the directive itself: provinces, kinds and its datedFrom in the window. */
export function directiveListCondition(filter: FactFilterArgs & { kinds?: string[] | null }): FilterQuery<Directive> {
  checkWindow(filter.from, filter.to);
  const where: FilterQuery<Directive>[] = [];
  if (filter.provinces) where.push({ province: { code: { $in: filter.provinces.map((c) => c.trim().toUpperCase()) } } });
  if (filter.kinds) where.push({ kind: { $in: filter.kinds as DocumentKind[] } });
  if (filter.from) where.push({ datedFrom: { $gte: filter.from } });
  if (filter.to) where.push({ datedFrom: { $lte: filter.to } });
  return where.length ? { $and: where } : {};
}
