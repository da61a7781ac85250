import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Measure, Province, SharedPassage, Slogan, SloganMention, Target } from '../../db/entities';
import { defaultLexicons } from '../../ingestion/extract/lexicons';
import type { Context } from '../context';
import { clientError } from '../errors';
import { directiveWhere } from '../directive/directive-page';
import { ComparisonType, type MeasureRowType, type SloganComparisonType, type SloganUseType, type TargetRowType } from './comparison.type';

const MAX_PROVINCES = 63;

@Resolver(() => ComparisonType)
export class CompareResolver {
  @Query(() => ComparisonType, {
    description:
      'Compares provinces in one answer: each target metric with one cell per province, slogans shared and unique, ' +
      'measures per category with counts, and passages their directives share. Every fact carries its citation.',
  })
  async compare(
    @Arg('provinces', () => [String], { description: 'Two or more ISO 3166-2 codes, in the column order wanted: ["VN-13", "VN-21"].' }) codes: string[],
    @Arg('categories', () => [String], { nullable: true, description: 'Only these measure categories (and the target metrics that belong to them), e.g. ["TESTING"].' })
    categories: string[] | null,
    @Arg('from', () => LocalDateResolver, { nullable: true, description: 'Only directives dated on or after this day.' }) from: string | null,
    @Arg('to', () => LocalDateResolver, { nullable: true, description: 'Only directives dated on or before this day.' }) to: string | null,
    @Ctx() { em, loaders }: Context,
  ): Promise<ComparisonType> {
    const wanted = [...new Set(codes.map((c) => c.trim().toUpperCase()))];
    if (wanted.length < 2 || wanted.length > MAX_PROVINCES) throw clientError('BAD_USER_INPUT', `compare needs 2 to ${MAX_PROVINCES} distinct provinces, got ${wanted.length}`);
    const lexicons = defaultLexicons();
    const knownCategories = lexicons.categories.categories;
    const unknownCategory = categories?.find((c) => !knownCategories.some((k) => k.code === c));
    if (unknownCategory) throw clientError('BAD_USER_INPUT', `unknown category "${unknownCategory}"; known: ${knownCategories.map((k) => k.code).join(', ')}`);

    const found = await loaders.provinceByCode.loadMany(wanted);
    const missing = wanted.filter((_, i) => !(found[i] instanceof Province));
    if (missing.length) throw clientError('BAD_USER_INPUT', `unknown province code(s): ${missing.join(', ')}`);
    const provinces = found as Province[];

    const directives = await em.find(Directive, directiveWhere({ provinces: wanted, from, to }), { orderBy: { datedOn: 'asc', id: 'asc' } });
    const provinceOf = new Map(directives.map((d) => [d.id, d.province!.code]));
    const order = new Map(directives.map((d, i) => [d.id, i])); // oldest directive first within a cell
    const byDirectiveOrder = <T extends { directive: { id: number }; id: number }>(a: T, b: T) =>
      order.get(a.directive.id)! - order.get(b.directive.id)! || a.id - b.id;
    const ids = directives.map((d) => d.id);

    const metrics = lexicons.metrics.metrics.filter((m) => !categories || categories.includes(m.category));
    const [targets, measures, mentions, passages] = await Promise.all([
      em.find(Target, { directive: { $in: ids }, metric: { $in: metrics.map((m) => m.code) } }),
      em.find(Measure, { directive: { $in: ids }, ...(categories ? { category: { $in: categories } } : {}) }),
      em.find(SloganMention, { directive: { $in: ids } }, { orderBy: { id: 'asc' } }),
      crossProvincePassages(em, ids),
    ]);
    targets.sort(byDirectiveOrder);
    measures.sort(byDirectiveOrder);

    // Facts grouped once by cell (key "metric|province"), in their sorted order: each cell is then a lookup.
    const targetCells = groupBy(targets, (t) => `${t.metric}|${provinceOf.get(t.directive.id)}`);
    const measureCells = groupBy(measures, (m) => `${m.category}|${provinceOf.get(m.directive.id)}`);
    const metricsUsed = new Set(targets.map((t) => t.metric));
    const categoriesUsed = new Set(measures.map((m) => m.category));

    const targetRows: TargetRowType[] = metrics
      .filter((m) => metricsUsed.has(m.code))
      .map((m) => ({
        metric: m.code,
        label: m.label,
        unit: m.unit,
        category: m.category,
        cells: provinces.map((province) => {
          const mine = targetCells.get(`${m.code}|${province.code}`) ?? [];
          return { province, targets: mine, empty: mine.length === 0 };
        }),
      }));

    const measureRows: MeasureRowType[] = knownCategories
      .filter((c) => (categories ? categories.includes(c.code) : categoriesUsed.has(c.code)))
      .map((c) => ({
        category: c.code,
        label: c.label,
        oxcgrtCode: c.oxcgrt ?? null,
        cells: provinces.map((province) => {
          const mine = measureCells.get(`${c.code}|${province.code}`) ?? [];
          return { province, count: mine.length, measures: mine };
        }),
      }));

    const slogans = await compareSlogans(provinces, mentions, provinceOf, (id) => loaders.byId.Slogan.load(id) as Promise<Slogan>);

    // Each pair once, across provinces only (both done in SQL); with categories, only passages carrying such a measure.
    const measuresOf = groupBy(measures, (m) => m.directive.id);
    const sharedPassages = passages.filter((p) => {
      if (!categories) return true;
      const carries = (directiveId: number, start: number, end: number) =>
        (measuresOf.get(directiveId) ?? []).some((m) => m.citation.start < end && m.citation.end > start);
      return carries(p.directive.id, p.start, p.end) || carries(p.other.id, p.otherStart, p.otherEnd);
    });

    return { provinces, targets: targetRows, slogans, measures: measureRows, sharedPassages };
  }
}

/** Items by key, each group in the items' order. */
function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Passages shared between two of the directives, each pair once (from the lower id) and across provinces
 * only, in (directive, start) order. Filtering in SQL keeps the rows a comparison does not show (the
 * other direction, a province repeating itself, often most of them) out of the ORM.
 */
function crossProvincePassages(em: EntityManager, ids: number[]): Promise<SharedPassage[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return em
    .createQueryBuilder(SharedPassage, 'sp')
    .select('sp.*')
    .join('sp.directive', 'mine')
    .join('sp.other', 'theirs')
    .where({ directive: { $in: ids }, other: { $in: ids } })
    .andWhere('sp.directive_id <= sp.other_id and mine.province_code is distinct from theirs.province_code')
    .orderBy({ directive: 'asc', start: 'asc' })
    .getResultList();
}

async function compareSlogans(
  provinces: Province[],
  mentions: SloganMention[],
  provinceOf: Map<number, string>,
  loadSlogan: (id: number) => Promise<Slogan>,
): Promise<SloganComparisonType> {
  const uses = groupBy(mentions, (m) => m.slogan.id);
  const all: SloganUseType[] = await Promise.all(
    [...uses].map(async ([sloganId, its]) => ({
      slogan: await loadSlogan(sloganId),
      provinces: provinces.filter((p) => its.some((m) => provinceOf.get(m.directive.id) === p.code)),
      mentions: its,
    })),
  );
  return {
    shared: all.filter((u) => u.provinces.length === provinces.length),
    unique: provinces.map((province) => ({ province, slogans: all.filter((u) => u.provinces.length === 1 && u.provinces[0] === province) })),
    partlyShared: all.filter((u) => u.provinces.length > 1 && u.provinces.length < provinces.length),
  };
}
