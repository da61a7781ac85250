// Which province a directive belongs to. Stated when the letterhead, the dateline or the portal lead names it
// ("TỈNH ỦY THANH HÓA", "Thanh Hóa, ngày ...", "Tỉnh ủy Quảng Ninh ban hành"); otherwise inferred from the
// provinces and places the text mentions ("sân bay quốc tế Vân Đồn", "Đoàn đại biểu tỉnh Quảng Ninh"), and
// marked inferred with the evidence; unknown when the mentions do not single out one province.
import type { Known, ProvinceRef } from '../document';
import type { ProvinceRecord } from '../../reference/provinces';
import { isCapsLine } from '../clean/line-shape';
import { Layout, foldedLine, preambleLines } from './layout';
import { known, unknown } from './known';
import { PlaceMention, findPlaceMentions } from './gazetteer';
import { datelinePlace } from './dates';

/** Words that introduce the province in a letterhead or a lead: "TỈNH ỦY ", "UBND TỈNH ", "THÀNH PHỐ ". */
const ADMIN_BEFORE = /(?:^|\s)(?:tinh uy|thanh uy|dang bo tinh|dang bo thanh pho|tinh|thanh pho|tp\.?)\s*$/;
/** "Tỉnh ủy Quảng Ninh ban hành ...", "UBND tỉnh Nghệ An vừa có ...": the lead names the issuer. */
const ISSUES_AFTER = /^\s*(?:vua\s+|da\s+|chinh thuc\s+)?(?:ban hanh|co thong bao|co cong van|ky ban hanh)\b/;
/** "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh": a person, not the city. */
const PERSON_BEFORE = /(?:tu tuong|chu tich|bac|lanh tu|dong chi|dai tuong)\s+$/;

/** How far around a mention the words that introduce or follow it are looked for. */
const CONTEXT = 80;

/** An inferred province needs this many mentions, and twice as many as any other province. */
const MIN_MENTIONS = 2;

export interface ProvinceResult {
  province: Known<ProvinceRef>;
  record: ProvinceRecord | null;
  /** The place a letterhead or dateline names when it is a city inside the province ("THÀNH ỦY HẠ LONG"). */
  place: PlaceMention | null;
}

function quote(layout: Layout, start: number, end: number): string {
  return `"${layout.text.slice(start, end)}"`;
}

function stated(m: PlaceMention, evidence: string): ProvinceResult {
  const inferred = m.via === 'PLACE';
  const ref: ProvinceRef = {
    code: m.province.code,
    inferred,
    evidence: inferred ? `${evidence} names ${m.reference}, a place in ${m.province.name}` : evidence,
  };
  return { province: known(ref, { start: m.start, end: m.end }), record: m.province, place: inferred ? m : null };
}

export function extractProvince(layout: Layout): ProvinceResult {
  const mentions = findPlaceMentions(layout.text, layout.folded).filter(
    (m) => !PERSON_BEFORE.test(layout.folded.slice(Math.max(0, m.start - CONTEXT), m.start)),
  );
  const within = (start: number, end: number) => mentions.filter((m) => m.start >= start && m.end <= end);

  // Letterhead: a capitals line where an administrative word precedes the name ("TỈNH ỦY THANH HÓA").
  for (const line of layout.header) {
    if (!isCapsLine(line.text) || /^(?:ve|v\s*\/\s*v)\b/.test(foldedLine(layout, line))) continue;
    for (const m of within(line.start, line.end)) {
      // "TỈNH ỦY THANH HÓA", or a line that is itself an alias with its unit: "THÀNH PHỐ HÀ NỘI".
      const withUnit = m.via === 'ALIAS' && /^(?:thanh pho|tp)\b/.test(layout.folded.slice(m.start, m.end));
      if (withUnit || ADMIN_BEFORE.test(layout.folded.slice(Math.max(line.start, m.start - CONTEXT), m.start))) {
        return stated(m, `letterhead ${quote(layout, line.start, line.end)}`);
      }
    }
  }

  const dateline = datelinePlace(layout);
  if (dateline) {
    const line = layout.header.find((l) => l.start <= dateline.start && dateline.end <= l.end);
    // The name ends at the comma; it may start before the capitalised run ("Thành phố Hồ Chí Minh, ngày").
    const m = line && mentions.find((x) => x.end === dateline.end && x.start >= line.start);
    if (m && line) return stated(m, `dateline ${quote(layout, Math.min(m.start, dateline.start), line.end)}`);
  }

  for (const line of preambleLines(layout).slice(0, 2)) {
    for (const m of within(line.start, line.end)) {
      const windowStart = Math.max(line.start, m.start - CONTEXT);
      const before = layout.folded.slice(windowStart, m.start);
      const admin = ADMIN_BEFORE.exec(before);
      const issues = ISSUES_AFTER.exec(layout.folded.slice(m.end, Math.min(line.end, m.end + CONTEXT)));
      if (admin && issues) {
        // Quote the issuer phrase ("Tỉnh ủy Quảng Ninh ban hành") from its first word.
        const phrase = /(?:ban thuong vu\s+)?(?:tinh uy|thanh uy|ubnd|uy ban nhan dan|ban chi dao)[^,.;]*$/.exec(before);
        const quoteFrom = windowStart + (phrase ? phrase.index : admin.index);
        return stated(m, `the article says ${quote(layout, quoteFrom, m.end + issues[0].length)}`);
      }
    }
  }

  return inferProvince(mentions);
}

function inferProvince(mentions: PlaceMention[]): ProvinceResult {
  if (mentions.length === 0) {
    return { province: unknown('no province or place in one is named in the letterhead, dateline or text'), record: null, place: null };
  }
  const byCode = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    const list = byCode.get(m.province.code);
    if (list) list.push(m);
    else byCode.set(m.province.code, [m]);
  }
  const ranked = [...byCode.values()].sort((a, b) => b.length - a.length);
  const [best, second] = ranked;
  const runnerUp = second?.length ?? 0;
  if (best.length < MIN_MENTIONS || best.length < 2 * runnerUp) {
    const listed = ranked.slice(0, 3).map((ms) => `${ms[0].province.name} (${ms.length})`).join(', ');
    return {
      province: unknown(`the letterhead and dateline name no province, and the mentions do not single one out: ${listed}`),
      record: null,
      place: null,
    };
  }
  const province = best[0].province;
  const ref: ProvinceRef = { code: province.code, inferred: true, evidence: describeMentions(best) };
  return { province: known(ref), record: province, place: null };
}

/** 'mentions "Vân Đồn" (a place in Quảng Ninh), "Quảng Ninh" (2×)' */
function describeMentions(mentions: PlaceMention[]): string {
  const counts = new Map<string, { m: PlaceMention; n: number }>();
  for (const m of mentions) {
    const k = m.surface.replace(/\s+/g, ' ');
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { m, n: 1 });
  }
  const parts = [...counts.entries()].map(([surface, { m, n }]) => {
    const times = n > 1 ? ` (${n}×)` : '';
    return m.via === 'PLACE' ? `"${surface}"${times} (a place in ${m.province.name})` : `"${surface}"${times}`;
  });
  return `not stated; the text mentions ${parts.join(', ')}`;
}
