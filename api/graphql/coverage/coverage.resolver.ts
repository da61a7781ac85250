import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { LocalDate } from '../scalars';
import type { DocumentKind } from '../../domain/directive';
import type { Context } from '../context';
import { checkWindow, clientError } from '../errors';
import { distinctCodes, knownProvinces } from '../province/known-provinces';
import { heldDocuments, type HeldDocuments } from './coverage-query';
import { ProvinceCoverageType, type KindCountType, type MonthCoverageType } from './coverage.type';

const MAX_PROVINCES = 63;
/** Ten years of months: more than the epidemic lasted, and a bound on the answer. */
const MAX_MONTHS = 120;

@Resolver()
export class CoverageResolver {
  @Query(() => [ProvinceCoverageType], {
    description:
      'Documents held per province per month, by kind, in the order the provinces were asked. Without `from`/`to`, the months run from the ' +
      `first to the last dated document of the provinces asked. At most ${MAX_PROVINCES} provinces and ${MAX_MONTHS} months.`,
  })
  async coverage(
    @Arg('provinces', () => [String], { description: 'ISO 3166-2 codes: ["VN-13", "VN-21"].' }) codes: string[],
    @Arg('from', () => LocalDate, { nullable: true, description: 'First day of the window.' }) from: string | null,
    @Arg('to', () => LocalDate, { nullable: true, description: 'Last day of the window.' }) to: string | null,
    @Ctx() { em, loaders }: Context,
  ): Promise<ProvinceCoverageType[]> {
    const wanted = distinctCodes(codes);
    if (wanted.length < 1 || wanted.length > MAX_PROVINCES) throw clientError('BAD_USER_INPUT', `coverage needs 1 to ${MAX_PROVINCES} distinct provinces, got ${wanted.length}`);
    checkWindow(from, to);
    const provinces = await knownProvinces(loaders, wanted);

    const held = await heldDocuments(em, { provinces: wanted, from, to });
    const datedMonths = held.flatMap((row) => (row.month ? [row.month] : [])).sort();
    const first = from?.slice(0, 7) ?? datedMonths[0];
    const last = to?.slice(0, 7) ?? datedMonths[datedMonths.length - 1];
    const span = first && last ? monthIndex(last) - monthIndex(first) + 1 : 0;
    if (span > MAX_MONTHS) throw clientError('BAD_USER_INPUT', `the window spans ${span} months; the limit is ${MAX_MONTHS}`);
    const start = first ? monthIndex(first) : 0;
    const months = Array.from({ length: span }, (_, i) => monthAt(start + i));

    return provinces.map((province) => {
      const code = province.code;
      const rows = held.filter((row) => row.province === code);
      const monthly: MonthCoverageType[] = months.map((month) => {
        const kinds = kindCounts(rows.filter((row) => row.month === month));
        return { month, documents: kinds.reduce((sum, k) => sum + k.documents, 0), kinds };
      });
      return {
        province,
        documents: monthly.reduce((sum, m) => sum + m.documents, 0),
        undated: rows.filter((row) => row.month === null).reduce((sum, row) => sum + row.documents, 0),
        months: monthly,
      };
    });
  }
}

function kindCounts(rows: HeldDocuments[]): KindCountType[] {
  const byKind = new Map<DocumentKind | null, number>();
  for (const row of rows) byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.documents);
  return [...byKind].map(([kind, documents]) => ({ kind, documents })).sort((a, b) => b.documents - a.documents || String(a.kind).localeCompare(String(b.kind)));
}

/** "2021-09" as a count of months since year 0, and back. */
function monthIndex(month: string): number {
  const [year, number] = month.split('-').map(Number);
  return year * 12 + number - 1;
}

function monthAt(index: number): string {
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}
