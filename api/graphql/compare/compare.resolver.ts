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
      em.find(SharedPassage, { directive: { $in: ids }, other: { $in: ids } }, { orderBy: { directive: 'asc', start: 'asc' } }),
    ]);
    targets.sort(byDirectiveOrder);
    measures.sort(byDirectiveOrder);

    const targetRows: TargetRowType[] = metrics
      .filter((m) => targets.some((t) => t.metric === m.code))
      .map((m) => ({
        metric: m.code,
        label: m.label,
        unit: m.unit,
        category: m.category,
        cells: provinces.map((province) => {
          const mine = targets.filter((t) => t.metric === m.code && provinceOf.get(t.directive.id) === province.code);
          return { province, targets: mine, empty: mine.length === 0 };
        }),
      }));

    const measureRows: MeasureRowType[] = knownCategories
      .filter((c) => (categories ? categories.includes(c.code) : measures.some((m) => m.category === c.code)))
      .map((c) => ({
        category: c.code,
        label: c.label,
        oxcgrtCode: c.oxcgrt ?? null,
        cells: provinces.map((province) => {
          const mine = measures.filter((m) => m.category === c.code && provinceOf.get(m.directive.id) === province.code);
          return { province, count: mine.length, measures: mine };
        }),
      }));

    const slogans = await compareSlogans(provinces, mentions, provinceOf, (id) => loaders.byId.Slogan.load(id) as Promise<Slogan>);

    // Each pair once, across provinces only; with categories, only passages carrying such a measure.
    const sharedPassages = passages.filter((p) => {
      if (p.directive.id > p.other.id || provinceOf.get(p.directive.id) === provinceOf.get(p.other.id)) return false;
      if (!categories) return true;
      const carries = (directiveId: number, start: number, end: number) =>
        measures.some((m) => m.directive.id === directiveId && m.citation.start < end && m.citation.end > start);
      return carries(p.directive.id, p.start, p.end) || carries(p.other.id, p.otherStart, p.otherEnd);
    });

    return { provinces, targets: targetRows, slogans, measures: measureRows, sharedPassages };
  }
}

async function compareSlogans(
  provinces: Province[],
  mentions: SloganMention[],
  provinceOf: Map<number, string>,
  loadSlogan: (id: number) => Promise<Slogan>,
): Promise<SloganComparisonType> {
  const uses = new Map<number, SloganMention[]>();
  for (const m of mentions) uses.set(m.slogan.id, [...(uses.get(m.slogan.id) ?? []), m]);
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
