import type { EntityManager } from '@mikro-orm/postgresql';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { LocalDate } from '../scalars';
import { Measure, SharedPassage, SloganMention, Target, type Slogan } from '../../db/entities';
import { defaultLexicons } from '../../ingestion/lexicons';
import type { Context } from '../context';
import { loadFound } from '../loaders';
import { distinctCodes, knownProvinces } from '../province/known-provinces';
import { knownCodes } from '../../read/codes';
import { checkWindow, clientError } from '../errors';
import { SharedPassageType } from '../reuse/shared-passage.type';
import { crossProvincePassages, rankedFacts, type ComparisonScope, type RankedFact } from './comparison-facts';
import { documentsInWindow } from '../coverage/coverage-query';
import type { CellStatus } from '../../domain/places';
import { CellStatusEnum } from '../enums';
import {
  ComparisonType,
  MeasureCellType,
  MeasureRowType,
  SloganComparisonType,
  SloganUseType,
  TargetCellType,
  TargetRowType,
} from './comparison.type';
import { SloganMentionType } from '../slogan/slogan.type';

const MAX_PROVINCES = 63;
const MAX_PER_CELL = 50;
const MAX_PASSAGES = 100;

// The query checks its arguments and returns the scope; each part of the comparison is computed only
// when the request asks for it, so comparing on testing does not pay for measures or shared passages.
@Resolver(() => ComparisonType)
export class CompareResolver {
  @Query(() => ComparisonType, {
    description:
      'Compares provinces in one answer: each target metric with one cell per province, slogans shared and unique, ' +
      'measures per category with counts, and passages their directives share. Every fact carries its citation. ' +
      'Cells show the newest facts and count them all, so the answer stays the same size however many directives a province issued.',
  })
  async compare(
    @Arg('provinces', () => [String], { description: 'Two or more ISO 3166-2 codes, in the column order wanted: ["VN-13", "VN-21"].' }) codes: string[],
    @Arg('categories', () => [String], { nullable: true, description: 'Only these measure categories (and the target metrics that belong to them), e.g. ["TESTING"].' })
    categories: string[] | null,
    @Arg('from', () => LocalDate, { nullable: true, description: 'Only directives dated on or after this day.' }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Only directives dated on or before this day.' }) to: string | null,
    @Arg('perCell', () => Int, { defaultValue: 5, description: `At most this many facts in a cell (and mentions of a slogan per province), newest directive first; 1 to ${MAX_PER_CELL}.` })
    perCell: number,
    @Arg('maxPassages', () => Int, { defaultValue: 20, description: `At most this many shared passages, the most similar first; 0 to ${MAX_PASSAGES}.` })
    maxPassages: number,
    @Ctx() { loaders }: Context,
  ): Promise<ComparisonType> {
    const wanted = distinctCodes(codes);
    if (wanted.length < 2 || wanted.length > MAX_PROVINCES) throw clientError('BAD_USER_INPUT', `compare needs 2 to ${MAX_PROVINCES} distinct provinces, got ${wanted.length}`);
    if (categories) categories = knownCodes('category', categories);
    if (!Number.isInteger(perCell) || perCell < 1 || perCell > MAX_PER_CELL) throw clientError('BAD_USER_INPUT', `perCell must be 1 to ${MAX_PER_CELL}, got ${perCell}`);
    if (!Number.isInteger(maxPassages) || maxPassages < 0 || maxPassages > MAX_PASSAGES) throw clientError('BAD_USER_INPUT', `maxPassages must be 0 to ${MAX_PASSAGES}, got ${maxPassages}`);
    checkWindow(from, to);

    return { provinces: await knownProvinces(loaders, wanted), scope: { provinces: wanted, categories, from, to, perCell, maxPassages } };
  }

  @FieldResolver(() => [TargetRowType], { description: 'One row per metric any compared province set a target for.' })
  async targets(@Root() { provinces, scope }: ComparisonType, @Ctx() { em }: Context): Promise<TargetRowType[]> {
    const metrics = defaultLexicons().metrics.metrics.filter((m) => !scope.categories || scope.categories.includes(m.category));
    const ranked = await rankedFacts(em, { table: 'target', row: 'metric' }, scope, metrics.map((m) => m.code));
    const cells = await cellsOf(em, Target, ranked);
    return metrics
      .filter((m) => cells.has(m.code))
      .map((m) => ({
        metric: m.code,
        label: m.label,
        unit: m.unit,
        category: m.category,
        cells: provinces.map((province) => {
          const cell = cells.get(m.code)?.get(province.code);
          return { province, targets: cell?.facts ?? [], count: cell?.total ?? 0, empty: !cell, scope };
        }),
      }));
  }

  @FieldResolver(() => [MeasureRowType], { description: 'One row per measure category, taxonomy order: every asked category, or those any compared province has.' })
  async measures(@Root() { provinces, scope }: ComparisonType, @Ctx() { em }: Context): Promise<MeasureRowType[]> {
    const ranked = await rankedFacts(em, { table: 'measure', row: 'category' }, scope, scope.categories);
    const cells = await cellsOf(em, Measure, ranked);
    return defaultLexicons()
      .categories.categories.filter((c) => (scope.categories ? scope.categories.includes(c.code) : cells.has(c.code)))
      .map((c) => ({
        category: c.code,
        label: c.label,
        oxcgrtCode: c.oxcgrt ?? null,
        cells: provinces.map((province) => {
          const cell = cells.get(c.code)?.get(province.code);
          return { province, count: cell?.total ?? 0, measures: cell?.facts ?? [], scope };
        }),
      }));
  }

  @FieldResolver(() => SloganComparisonType, { description: 'Which slogans they share and which are unique.' })
  async slogans(@Root() { provinces, scope }: ComparisonType, @Ctx() { em, loaders }: Context): Promise<SloganComparisonType> {
    const ranked = await rankedFacts(em, { table: 'slogan_mention', row: 'slogan_id' }, scope, null);
    // Mentions stay ids here: most comparisons list slogans without their quotes.
    const cells = group(ranked, (r) => r.id);
    // The most used first: what a reader scans a comparison for.
    const uses: SloganUseType[] = await Promise.all(
      [...cells].map(async ([sloganId, byProvince]) => ({
        slogan: (await loaders.byId.Slogan.load(Number(sloganId))) as Slogan,
        provinces: provinces.filter((p) => byProvince.has(p.code)),
        mentionIds: provinces.flatMap((p) => byProvince.get(p.code)?.facts ?? []),
        mentionCount: [...byProvince.values()].reduce((n, cell) => n + cell.total, 0),
      })),
    );
    uses.sort((a, b) => b.mentionCount - a.mentionCount || a.slogan.canonical.localeCompare(b.slogan.canonical, 'vi'));
    return {
      shared: uses.filter((u) => u.provinces.length === provinces.length),
      unique: provinces.map((province) => ({ province, slogans: uses.filter((u) => u.provinces.length === 1 && u.provinces[0] === province) })),
      partlyShared: uses.filter((u) => u.provinces.length > 1 && u.provinces.length < provinces.length),
    };
  }

  @FieldResolver(() => [SharedPassageType], {
    description:
      'Passages a directive of one compared province shares with a directive of another, each pair once, the most similar first, ' +
      'at most `maxPassages`; with categories, only passages that carry a measure of those categories.',
  })
  async sharedPassages(@Root() root: ComparisonType, @Ctx() { em }: Context): Promise<SharedPassage[]> {
    return (await passagesOf(root, em)).passages;
  }

  @FieldResolver(() => Int, { description: 'How many passages the compared provinces share in all (`sharedPassages` shows the most similar).' })
  async sharedPassageCount(@Root() root: ComparisonType, @Ctx() { em }: Context): Promise<number> {
    return (await passagesOf(root, em)).total;
  }
}

interface Cell<T> {
  facts: T[];
  total: number;
}

/** The ranked facts loaded in one query, grouped by row then province, in rank order. */
async function cellsOf<T extends { id: number }>(em: EntityManager, entity: new () => T, ranked: RankedFact[]): Promise<Map<string, Map<string, Cell<T>>>> {
  const loaded = ranked.length ? await em.find(entity, { id: { $in: ranked.map((r) => r.id) } } as never) : [];
  const byId = new Map(loaded.map((f) => [f.id, f]));
  return group(ranked, (r) => byId.get(r.id)!);
}

/** Ranked facts by row then province, in rank order, each turned into `fact(r)`. */
function group<T>(ranked: RankedFact[], fact: (r: RankedFact) => T): Map<string, Map<string, Cell<T>>> {
  const rows = new Map<string, Map<string, Cell<T>>>();
  for (const r of ranked) {
    const row = rows.get(r.row) ?? rows.set(r.row, new Map()).get(r.row)!;
    const cell = row.get(r.province) ?? row.set(r.province, { facts: [], total: r.total }).get(r.province)!;
    cell.facts.push(fact(r));
  }
  return rows;
}

const STATUS_DESCRIPTION =
  'FACTS; NONE_IN_DOCUMENTS when documents of the province in the window are held and none sets such a fact (an answer); NO_DOCUMENTS when none is held (a gap in the corpus, not a finding).';

/**
 * An empty cell of a province with documents in the window is an answer; without any, it is a gap in what
 * we hold. Counted only when a client asks (one grouped count per comparison).
 */
async function cellStatus(em: EntityManager, scope: ComparisonScope, province: string, hasFacts: boolean): Promise<CellStatus> {
  if (hasFacts) return 'FACTS';
  return (await documentsInWindow(em, scope)).get(province) ? 'NONE_IN_DOCUMENTS' : 'NO_DOCUMENTS';
}

@Resolver(() => TargetCellType)
export class TargetCellResolver {
  @FieldResolver(() => CellStatusEnum, { description: `What the cell means: ${STATUS_DESCRIPTION}` })
  status(@Root() cell: TargetCellType, @Ctx() { em }: Context): Promise<CellStatus> {
    return cellStatus(em, cell.scope, cell.province.code, !cell.empty);
  }
}

@Resolver(() => MeasureCellType)
export class MeasureCellResolver {
  @FieldResolver(() => CellStatusEnum, { description: `What the cell means: ${STATUS_DESCRIPTION}` })
  status(@Root() cell: MeasureCellType, @Ctx() { em }: Context): Promise<CellStatus> {
    return cellStatus(em, cell.scope, cell.province.code, cell.count > 0);
  }
}

@Resolver(() => SloganUseType)
export class SloganUseResolver {
  @FieldResolver(() => [SloganMentionType], {
    description: "Its uses in the compared provinces' directives, with citations: for each province, the newest `perCell`.",
  })
  async mentions(@Root() use: SloganUseType, @Ctx() { loaders }: Context): Promise<SloganMention[]> {
    return loadFound(loaders.byId.SloganMention, use.mentionIds);
  }
}

// sharedPassages and sharedPassageCount come from one query, run once per comparison.
const passageQueries = new WeakMap<ComparisonScope, Promise<{ passages: SharedPassage[]; total: number }>>();

function passagesOf({ scope }: ComparisonType, em: EntityManager): Promise<{ passages: SharedPassage[]; total: number }> {
  let query = passageQueries.get(scope);
  if (!query) {
    query = (async () => {
      const { ids, total } = await crossProvincePassages(em, scope);
      const loaded = ids.length ? await em.find(SharedPassage, { id: { $in: ids } }) : [];
      const byId = new Map(loaded.map((p) => [p.id, p]));
      return { passages: ids.map((id) => byId.get(id)!), total };
    })();
    passageQueries.set(scope, query);
  }
  return query;
}
