// The research panel: per province, period (a day or an ISO week) and indicator, the OxCGRT-style level
// the facts in force set, OxCGRT's flag, and the facts that set it. Pure: it works on the facts' timings
// (api/in-force/) and the codebook; panel-query.ts reads them.
//
// A period's value is the highest level among the province's facts in force on any of its days; the facts
// shown are those at that level. A province none of whose documents we hold is dated on or before a period
// has no value there (null, NO_DOCUMENTS): a gap in the corpus, never a 0. Where documents are held but no
// fact in force speaks to the indicator, the value is 0 (NONE_IN_DOCUMENTS): none of the documents held sets it.
import type { CellStatus } from '../domain/places';
import { view } from '../ingestion/phrases/patterns';
import { inForceOn, type FactTiming, type InForce } from '../in-force/periods';
import { addDays } from '../text/dates';
import type { Codebook } from './codebook';
import { indicatorsOf, isGeneral, levelOf } from './levels';

export const GRANULARITIES = ['DAY', 'WEEK'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export interface PanelEvidence {
  fact: FactTiming;
  inForce: InForce;
  level: number;
  general: boolean;
}

export interface PanelCell {
  province: string;
  periodStart: string;
  periodEnd: string;
  indicator: string;
  /** The level, 0 when documents are held and none sets it, null when none is held. */
  value: number | null;
  /** 1 general, 0 targeted; null when the value is 0 or null. */
  flag: 0 | 1 | null;
  status: CellStatus;
  evidence: PanelEvidence[];
}

export interface PanelRequest {
  provinces: string[];
  from: string;
  to: string;
  indicators: string[];
  granularity: Granularity;
}

export interface PanelInput {
  timings: FactTiming[];
  periods: Map<string, InForce>;
  /** The earliest day any held document of each province may be dated; absent when none is dated. */
  firstDocument: Map<string, string>;
}

/** The periods of a window: its days, or its ISO weeks (Monday to Sunday) clipped to the window. */
export function periodsOf(from: string, to: string, granularity: Granularity): { start: string; end: string }[] {
  const out: { start: string; end: string }[] = [];
  for (let start = from; start <= to; ) {
    let end = start;
    if (granularity === 'WEEK') {
      const weekday = (new Date(`${start}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
      end = addDays(start, 6 - weekday);
      if (end > to) end = to;
    }
    out.push({ start, end });
    start = addDays(end, 1);
  }
  return out;
}

/** How many cells a request asks for, before any is computed: what the limit is checked against. */
export function cellCount(request: PanelRequest): number {
  return request.provinces.length * request.indicators.length * periodsOf(request.from, request.to, request.granularity).length;
}

const overlaps = (p: InForce, start: string, end: string) =>
  p.from.date !== null && p.from.date <= end && (p.to.date === null || p.to.date >= start);

export function buildPanel(request: PanelRequest, input: PanelInput, book: Codebook): PanelCell[] {
  // Each fact's indicators, levels and flag, once.
  const byCell = new Map<string, PanelEvidence[]>();
  for (const fact of input.timings) {
    const inForce = input.periods.get(`${fact.kind}:${fact.id}`);
    if (!fact.provinceCode || !inForce || inForce.from.date === null) continue;
    const quote = view(fact.citation.quote);
    for (const indicator of indicatorsOf(fact, book, quote)) {
      if (!request.indicators.includes(indicator.code)) continue;
      const level = levelOf(fact, indicator, quote);
      if (level === null) continue;
      const key = `${fact.provinceCode}\u0000${indicator.code}`;
      byCell.set(key, [...(byCell.get(key) ?? []), { fact, inForce, level, general: isGeneral(fact, book, quote) }]);
    }
  }

  const periods = periodsOf(request.from, request.to, request.granularity);
  const cells: PanelCell[] = [];
  for (const province of request.provinces) {
    const first = input.firstDocument.get(province);
    for (const period of periods) {
      for (const indicator of request.indicators) {
        const cell = { province, periodStart: period.start, periodEnd: period.end, indicator };
        if (!first || first > period.end) {
          cells.push({ ...cell, value: null, flag: null, status: 'NO_DOCUMENTS', evidence: [] });
          continue;
        }
        const live = (byCell.get(`${province}\u0000${indicator}`) ?? []).filter((e) =>
          period.start === period.end ? inForceOn(e.inForce, period.start) : overlaps(e.inForce, period.start, period.end),
        );
        if (live.length === 0) {
          cells.push({ ...cell, value: 0, flag: null, status: 'NONE_IN_DOCUMENTS', evidence: [] });
          continue;
        }
        const value = Math.max(...live.map((e) => e.level));
        const evidence = live.filter((e) => e.level === value);
        const flag = value === 0 ? null : evidence.some((e) => e.general) ? 1 : 0;
        cells.push({ ...cell, value, flag, status: 'FACTS', evidence });
      }
    }
  }
  return cells;
}
