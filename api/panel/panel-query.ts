import type { EntityManager } from '@mikro-orm/postgresql';
import type { Province } from '../db/entities';
import { checkWindow, clientError } from '../graphql/errors';
import { createLoaders, type Loaders } from '../graphql/loaders';
import { knownProvinces } from '../graphql/province/known-provinces';
import { periodsInForce } from '../in-force/periods';
import { timingsOfProvinces } from '../in-force/timings-query';
import { defaultCodebook } from './codebook';
import { buildPanel, cellCount, GRANULARITIES, type Granularity, type PanelCell, type PanelRequest } from './panel';

// The panel as GraphQL, the CSV/JSON export and `npm run release` ask for it: the request checked once
// (provinces known, window the right way round, indicators of the codebook, a bounded number of cells),
// then two statements (the provinces' facts with their timings, and when each province's documents begin).

export const PANEL_LIMITS = {
  provinces: 63,
  /** A whole epidemic, all provinces and indicators, by week; or a year of days for a dozen provinces. */
  cells: 120_000,
} as const;

export interface PanelQuestion {
  provinces: readonly string[];
  from: string;
  to: string;
  /** Codes of the codebook; all of them when absent. */
  indicators?: readonly string[] | null;
  granularity?: Granularity | null;
}

export interface PanelAnswer {
  request: PanelRequest;
  provinces: Province[];
  cells: PanelCell[];
}

/** Checks a question and puts it in canonical form; throws BAD_USER_INPUT with what to change. */
export async function panelRequest(loaders: Loaders, question: PanelQuestion): Promise<{ request: PanelRequest; provinces: Province[] }> {
  const book = defaultCodebook();
  const granularity = question.granularity ?? 'DAY';
  if (!GRANULARITIES.includes(granularity)) throw clientError('BAD_USER_INPUT', `granularity is ${GRANULARITIES.join(' or ')}, not ${granularity}`);
  if (question.provinces.length < 1 || question.provinces.length > PANEL_LIMITS.provinces) {
    throw clientError('BAD_USER_INPUT', `the panel needs 1 to ${PANEL_LIMITS.provinces} provinces, got ${question.provinces.length}`);
  }
  checkWindow(question.from, question.to);
  const known = book.indicators.map((i) => i.code);
  const indicators = question.indicators ? [...new Set(question.indicators.map((c) => c.trim().toUpperCase()))] : known;
  const unknown = indicators.filter((c) => !known.includes(c));
  if (unknown.length || indicators.length === 0) {
    throw clientError('BAD_USER_INPUT', `unknown indicator(s): ${unknown.join(', ') || '(none asked)'}; the codebook has ${known.join(', ')}`);
  }
  const provinces = await knownProvinces(loaders, question.provinces);
  const request: PanelRequest = { provinces: provinces.map((p) => p.code), from: question.from, to: question.to, indicators, granularity };
  const cells = cellCount(request);
  if (cells > PANEL_LIMITS.cells) {
    throw clientError('BAD_USER_INPUT', `the panel asked has ${cells} cells; the limit is ${PANEL_LIMITS.cells}: ask fewer provinces, indicators or days, or by WEEK`);
  }
  return { request, provinces };
}

/** When each province's documents begin: the earliest day any of them may be dated. */
async function firstDocuments(em: EntityManager, provinces: string[]): Promise<Map<string, string>> {
  const rows: { province: string; first: string }[] = await em
    .getConnection()
    .execute(
      `select province_code as province, to_char(min(dated_from), 'YYYY-MM-DD') as first from directive where province_code in (?) and dated_from is not null group by 1`,
      [provinces],
    );
  return new Map(rows.map((r) => [r.province, r.first]));
}

export async function panel(em: EntityManager, question: PanelQuestion, loaders: Loaders = createLoaders(em)): Promise<PanelAnswer> {
  const { request, provinces } = await panelRequest(loaders, question);
  const [timings, firstDocument] = await Promise.all([timingsOfProvinces(em, request.provinces), firstDocuments(em, request.provinces)]);
  const cells = buildPanel(request, { timings, periods: periodsInForce(timings), firstDocument }, defaultCodebook());
  return { request, provinces, cells };
}
