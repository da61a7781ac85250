// Which province a directive belongs to. Stated when the letterhead, the dateline or the portal lead names it
// ("TỈNH ỦY THANH HÓA", "Thanh Hóa, ngày ...", "Tỉnh ủy Quảng Ninh ban hành"), or a district does (the issuer's,
// a commune portal's masthead: "CỔNG THÔNG TIN ĐIỆN TỬ XÃ NGHĨA KỲ - HUYỆN TƯ NGHĨA"); otherwise inferred from the
// provinces and places the text mentions ("sân bay quốc tế Vân Đồn", "Đoàn đại biểu tỉnh Quảng Ninh"), and
// marked inferred with the evidence; unknown when the mentions do not single out one province.
import type { Known, ProvinceRef } from '../../domain/directive';
import { provinceOfAddresses, provinceOfMasthead } from './source-address';
import type { ProvinceRecord } from '../../reference/provinces';
import { isCapsLine } from '../clean/line-shape';
import { fold } from '../../text/fold';
import { escapeRegExp } from '../../text/regexp';
import { Reading, foldedLine, leadLines } from '../reading';
import type { TextLine } from '../segment/lines';
import { known, unknown } from './known';
import { PlaceMention, findPlaceMentions } from './gazetteer';
import { datelinePlace } from './dates';
import { districtNamed, findDistrictMentions } from './district';
import { districtOf } from './issuer';
import type { FoundMetadata } from './found';
import { loadProvinces } from '../../reference/provinces';
import { issueVerbAfterNameSource } from '../lexicons/issuers';
import type { Lexicons } from '../lexicons';
import type { DistrictRecord } from '../../reference/districts';

/** Words that introduce the province in a letterhead or a lead: "TỈNH ỦY ", "UBND TỈNH ", "THÀNH PHỐ ". */
const ADMIN_BEFORE = /(?:^|\s)(?:tinh uy|thanh uy|dang bo tinh|dang bo thanh pho|tinh|thanh pho|tp\.?)\s*$/;
/** A city's name that carries its unit word: "TP.HCM", "TP Hà Nội", "Thành phố Đà Nẵng". */
const WITH_UNIT = /^(?:thanh pho|tp)\b/;

/**
 * Where the unit word that names the province starts, looking back from the mention to `from` ("UBND tỉnh |Nghệ
 * An", "TỈNH ỦY |THANH HÓA"), or the mention's own start when its name carries the unit ("UBND |TP.HCM"); -1 when
 * no unit word names it.
 */
function unitWordAt(reading: Reading, m: PlaceMention, from: number): number {
  if (m.via === 'ALIAS' && WITH_UNIT.test(reading.folded.slice(m.start, m.end))) return m.start;
  const start = Math.max(from, m.start - CONTEXT);
  const admin = ADMIN_BEFORE.exec(reading.folded.slice(start, m.start));
  return admin ? start + admin.index + (admin[0].length - admin[0].trimStart().length) : -1;
}

/**
 * "Tỉnh ủy Quảng Ninh ban hành ...", "UBND tỉnh Nghệ An vừa có ...", "Chủ tịch UBND tỉnh Bình Phước vừa ký ...":
 * the lead names the issuer. The verbs are the lexicon's issue verbs (issuers.json).
 */
const issuesAfterCache = new WeakMap<Lexicons, RegExp>();
function issuesAfter(lex: Lexicons): RegExp {
  let re = issuesAfterCache.get(lex);
  if (!re) {
    re = new RegExp(String.raw`^\s*` + issueVerbAfterNameSource(lex.issuers, { nameSafe: true }), 'u');
    issuesAfterCache.set(lex, re);
  }
  return re;
}
/** An issuing body's name up to the place after it: "Tỉnh ủy ", "UBND tỉnh ", "Ban Chỉ đạo phòng, chống dịch ... tỉnh ". */
const ISSUER_PHRASE = /(?:ban thuong vu\s+)?(?:tinh uy|thanh uy|ubnd|uy ban nhan dan|ban chi dao)[^,.;]*$/;
/** A headline is one short line; a longer one is the lead's paragraph. */
const HEADLINE_LENGTH = 160;
/** "Chủ tịch Hồ Chí Minh", "tư tưởng Hồ Chí Minh": a person, not the city. */
const PERSON_BEFORE = /(?:tu tuong|chu tich|bac|lanh tu|dong chi|dai tuong)\s+$/;
/**
 * "thôn Hòa Vang 2", "xã Tân Phú", "ấp Long Hòa": a commune or a village named like a district or a province
 * elsewhere. Its unit word before it (not "thị xã", a district's; not "bản", which folds to the "bàn" of "địa
 * bàn"), or a number after it, says it is the smaller place.
 */
const SMALLER_PLACE_BEFORE = /(?:^|[^\p{L}])(?:thon|xom|ap|buon|lang|khom|khoi|to|to dan pho|khu pho|(?<!thi\s)xa|phuong|thi tran)\s+$/u;
const NUMBERED_AFTER = /^\s+\d{1,3}(?![\d/.,])/;
/** "từ Đà Nẵng", "rời thành phố Đà Nẵng", "đi tỉnh Bắc Giang": where people come from or go, folded. */
const ELSEWHERE_BEFORE = /(?:^|[^\p{L}])(?:tu|roi|di)\s+(?:(?:tinh|thanh pho|tp\.?)\s*)?$/u;
/** What stands between two places of one list, folded: "Bình Dương và Đồng Nai", "Bắc Giang, tỉnh Bắc Ninh". */
const LIST_BETWEEN = /^\s*(?:,|va|hoac|\/)\s*(?:(?:tinh|thanh pho|tp\.?)\s*)?$/u;

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

function quote(reading: Reading, start: number, end: number): string {
  return `"${reading.text.slice(start, end)}"`;
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

/** Stated through a district: its province is the one it belonged to in 2021. */
function viaDistrict(reading: Reading, district: DistrictRecord, start: number, end: number, where: string): ProvinceResult {
  const record = loadProvinces().find((p) => p.code === district.province) ?? null;
  const ref: ProvinceRef = {
    code: district.province,
    inferred: false,
    evidence: `${where} ${quote(reading, start, end)} names ${district.name}, a district-level unit of ${record?.name ?? district.province}`,
  };
  return { province: known(ref, { start, end }), record, place: null };
}

/**
 * A capitals line of the letterhead where an administrative word precedes the name ("TỈNH ỦY THANH HÓA"), or
 * that is itself a name with its unit ("THÀNH PHỐ HÀ NỘI"); with `places`, a place in a province instead
 * ("THÀNH ỦY HẠ LONG").
 */
function fromLetterhead(reading: Reading, within: (start: number, end: number) => PlaceMention[], places: boolean): ProvinceResult | null {
  for (const line of reading.header) {
    if (!isCapsLine(line.text) || /^(?:ve|v\s*\/\s*v)\b/.test(foldedLine(reading, line))) continue;
    for (const m of within(line.start, line.end).filter((x) => (x.via === 'PLACE') === places)) {
      if (unitWordAt(reading, m, line.start) >= 0) {
        return stated(m, `letterhead ${quote(reading, line.start, line.end)}`);
      }
    }
  }
  return null;
}

export function extractProvince(reading: Reading, found: Pick<FoundMetadata, 'body'>): ProvinceResult {
  const { body } = found;
  const mentions = findPlaceMentions(reading.text, reading.folded).filter(
    (m) => {
      const before = reading.folded.slice(Math.max(0, m.start - CONTEXT), m.start);
      return !PERSON_BEFORE.test(before) && !SMALLER_PLACE_BEFORE.test(before) && !NUMBERED_AFTER.test(reading.folded.slice(m.end, m.end + 6));
    },
  );
  const named = new Set(mentions.filter((m) => m.via !== 'PLACE').map((m) => m.province.code));
  const within = (start: number, end: number) => mentions.filter((m) => m.start >= start && m.end <= end);

  // Letterhead: a province's own name first, then a district's body, then a place in a province.
  const byName = fromLetterhead(reading, within, false);
  if (byName) return byName;

  // A district's body ("UBND HUYỆN HOẰNG HÓA", "Huyện ủy Tiên Yên"): the district's province.
  const district = districtOf(reading, body, named);
  if (district && body) return viaDistrict(reading, district, body.start, body.end, body.via === 'LETTERHEAD' ? 'letterhead' : 'the issuer');
  const byPlace = fromLetterhead(reading, within, true);
  if (byPlace) return byPlace;
  // A commune's or district's portal masthead ("CỔNG THÔNG TIN ĐIỆN TỬ XÃ NGHĨA KỲ - HUYỆN TƯ NGHĨA"): the
  // district it names.
  for (const line of reading.header) {
    if (!isCapsLine(line.text)) continue;
    const d = findDistrictMentions(reading, named, line.start, line.end).find((x) => x.district !== null);
    if (d?.district) return viaDistrict(reading, d.district, d.start, d.end, 'header');
  }

  const dateline = datelinePlace(reading);
  if (dateline) {
    const line = reading.header.find((l) => l.start <= dateline.start && dateline.end <= l.end);
    // The name ends at the comma; it may start before the capitalised run ("Thành phố Hồ Chí Minh, ngày").
    const m = line && mentions.find((x) => x.end === dateline.end && x.start >= line.start && x.via !== 'PLACE');
    if (m && line) return stated(m, `dateline ${quote(reading, Math.min(m.start, dateline.start), line.end)}`);
    // District documents are dated from the district: "Hoằng Hóa, ngày 5 tháng 8 năm 2021".
    const place = reading.text.slice(dateline.start, dateline.end).replace(/^(?:TP\.?|Tp\.?|Thành phố)\s*/u, '');
    // A commune's letter is dated from the commune: "XÃ TÂN HƯNG" over "Tân Hưng, ngày ..." names no district or
    // place of that name elsewhere.
    const commune = communeOnLetterhead(reading, place);
    const d = commune ? null : districtNamed(place, named, reading);
    if (d?.district && line) return viaDistrict(reading, d.district, dateline.start, line.end, 'dateline');
    const p = !commune && line && mentions.find((x) => x.end === dateline.end && x.start >= line.start);
    if (p && line) return stated(p, `dateline ${quote(reading, Math.min(p.start, dateline.start), line.end)}`);
  }

  for (const line of leadLines(reading)) {
    for (const m of within(line.start, line.end)) {
      const unit = unitWordAt(reading, m, line.start);
      const issues = issuesAfter(reading.lex).exec(reading.folded.slice(m.end, Math.min(line.end, m.end + CONTEXT)));
      if (unit >= 0 && issues) {
        // Quote the issuer phrase ("Tỉnh ủy Quảng Ninh ban hành") from its first word.
        const windowStart = Math.max(line.start, m.start - CONTEXT);
        const phrase = ISSUER_PHRASE.exec(reading.folded.slice(windowStart, m.start));
        const quoteFrom = phrase ? windowStart + phrase.index : unit;
        return stated(m, `the article says ${quote(reading, quoteFrom, m.end + issues[0].length)}`);
      }
    }
  }

  // A reprint's headline names the issuer the lead leaves unnamed: "UBND tỉnh Bình Phước tiếp tục giãn cách xã
  // hội" over "Ngày 22/9/2021, UBND tỉnh ban hành Công văn ...".
  const isHeadline = (l: TextLine) => l.end - l.start <= HEADLINE_LENGTH && !isCapsLine(l.text) && !/[.;:]\s*$/u.test(l.text);
  for (const headline of [...reading.header, ...leadLines(reading).slice(0, 1)].filter(isHeadline)) {
    for (const m of within(headline.start, headline.end)) {
      const windowStart = Math.max(headline.start, m.start - CONTEXT);
      const phrase = unitWordAt(reading, m, headline.start) >= 0 ? ISSUER_PHRASE.exec(reading.folded.slice(windowStart, m.start)) : null;
      if (phrase && m.via !== 'PLACE') return stated(m, `the headline says ${quote(reading, windowStart + phrase.index, m.end)}`);
      // A news headline opens on the province as the body that acts: "Nghệ An ban hành Công văn ...", "Nghệ An:
      // tạm dừng ...".
      if (m.via === 'PLACE' || !/^[\s"'“]*$/u.test(reading.folded.slice(headline.start, m.start))) continue;
      const after = reading.folded.slice(m.end, Math.min(headline.end, m.end + CONTEXT));
      const acts = /^\s*:/u.exec(after) ?? issuesAfter(reading.lex).exec(after);
      if (acts) return stated(m, `the headline says ${quote(reading, m.start, m.end + acts[0].length)}`);
    }
  }

  // An issuer named in running text, its province's name right after its unit word: "Chủ tịch UBND tỉnh Bình
  // Phước vừa ký Chỉ thị ...", "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Sóc Trăng yêu cầu ...", or without
  // the unit word, the province's own name as the body's place ("UBND Hà Tĩnh vừa ban hành ...").
  if (body && body.via !== 'LETTERHEAD') {
    const bodysOwn = (x: PlaceMention) => unitWordAt(reading, x, body.start) >= 0 || x.start === body.place?.start;
    const m = mentions.find((x) => x.via !== 'PLACE' && x.start >= body.start && x.start <= body.end + 2 && bodysOwn(x));
    if (m) return stated(m, `the issuer ${quote(reading, body.start, m.end)}`);
  }

  // A commune's notice whose letterhead stops at the commune names its own district where it says whose letters it
  // carries out ("Thực hiện Công văn số 1892/UBND-VP ... của UBND huyện Hoằng Hóa"): the one district it names,
  // with no other province named, is the commune's.
  if (body?.commune) {
    const districts = findDistrictMentions(reading, named).flatMap((d) => (d.district ? [{ ...d, district: d.district }] : []));
    const [first] = districts;
    const one = first && districts.every((d) => d.district.province === first.district.province && d.district.name === first.district.name);
    if (one && [...named].every((code) => code === first.district.province)) {
      const record = loadProvinces().find((p) => p.code === first.district.province) ?? null;
      const evidence = `not stated; the commune's notice names one district, ${quote(reading, first.start, first.end)}, a district-level unit of ${record?.name ?? first.district.province}`;
      return { province: known({ code: first.district.province, inferred: true, evidence }), record, place: null };
    }
    // Or the province whose body's letter it carries out ("... của UBND tỉnh Hà Tĩnh"), the only one it names.
    const carried = districts.length === 0 ? onlyProvinceNamed(reading, mentions) : null;
    if (carried) return carried;
  }
  // A news article whose issuer it names without its place ("Phó Chủ tịch UBND tỉnh yêu cầu ...") names the
  // province once, with its unit word ("Đó là chỉ đạo của UBND tỉnh Ninh Thuận tại cuộc họp ..."), and no other.
  if (body && !body.commune && body.via !== 'LETTERHEAD' && !body.place && body.unit) {
    const reported = onlyProvinceNamed(reading, mentions);
    if (reported) return reported;
  }

  // Counting mentions, a place people come from or go to ("người về từ Đà Nẵng", "rời Đà Nẵng", "đi Bắc
  // Giang") is another province, and a province's committee ("UBND tỉnh") is no centrally-run city's.
  const counted = notElsewhere(reading, mentions);
  const counting = counted.length === 0 && mentions.length > 0 ? onlyElsewhere(mentions) : inferProvince(counted);
  const inferred: ProvinceResult =
    counting.record?.kind === 'CITY' && body?.unit?.level === 'PROVINCE'
      ? { province: unknown(`the mentions single out ${counting.record.name}, a centrally-run city, but the issuer is a province's`), record: null, place: null }
      : counting;
  if (inferred.province.value) return inferred;
  // No letterhead, dateline or mention decides: the address of the paper or portal it was cut from.
  const address = provinceOfAddresses(reading.text);
  if (address) {
    const ref: ProvinceRef = { code: address.province.code, inferred: true, evidence: `not stated; the text was cut from ${address.address}` };
    return { province: known(ref), record: address.province, place: null };
  }
  const masthead = provinceOfMasthead(reading.text);
  if (!masthead) return inferred;
  const ref: ProvinceRef = { code: masthead.province.code, inferred: true, evidence: `not stated; the text was cut from the paper or portal "${masthead.masthead}"` };
  return { province: known(ref), record: masthead.province, place: null };
}

/**
 * The province whose body the text names ("... của UBND tỉnh Hà Tĩnh"), with its unit word, when it names no
 * other province but as a place people come from or go to.
 */
function onlyProvinceNamed(reading: Reading, mentions: PlaceMention[]): ProvinceResult | null {
  const counted = notElsewhere(reading, mentions);
  const body = counted.find((m) => unitWordAt(reading, m, 0) >= 0);
  if (!body || !counted.every((m) => m.province.code === body.province.code)) return null;
  const evidence = `not stated; the text names one province's body only, ${quote(reading, unitWordAt(reading, body, 0), body.end)}`;
  return { province: known({ code: body.province.code, inferred: true, evidence }), record: body.province, place: null };
}

/** The mentions that are no place people come from or go to, nor one listed after such a place ("từ Bình Dương và Đồng Nai"). */
function notElsewhere(reading: Reading, mentions: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  let lastElsewhere: PlaceMention | null = null;
  for (const m of mentions) {
    const listed = lastElsewhere !== null && LIST_BETWEEN.test(reading.folded.slice(lastElsewhere.end, m.start));
    if (listed || ELSEWHERE_BEFORE.test(reading.folded.slice(Math.max(0, m.start - CONTEXT), m.start))) lastElsewhere = m;
    else out.push(m);
  }
  return out;
}

function onlyElsewhere(mentions: PlaceMention[]): ProvinceResult {
  return { province: unknown(`the letterhead and dateline name no province, and the text names only places people come from or go to: ${countsOf(mentions)}`), record: null, place: null };
}

/** "Bình Dương (1), Đồng Nai (1)": the provinces mentioned most, with their counts. */
function countsOf(mentions: PlaceMention[]): string {
  const byCode = new Map<string, PlaceMention[]>();
  for (const m of mentions) byCode.set(m.province.code, [...(byCode.get(m.province.code) ?? []), m]);
  return [...byCode.values()].sort((a, b) => b.length - a.length).slice(0, 3).map((ms) => `${ms[0].province.name} (${ms.length})`).join(', ');
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
    return {
      province: unknown(`the letterhead and dateline name no province, and the mentions do not single one out: ${countsOf(mentions)}`),
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

/** Does the letterhead name a commune, ward or town called `place` ("UBND XÃ TÂN HƯNG", "PHƯỜNG 5")? */
function communeOnLetterhead(reading: Reading, place: string): boolean {
  const name = fold(place).trim().split(/\s+/u).map(escapeRegExp).join(String.raw`\s+`);
  if (name === '') return false;
  const re = new RegExp(String.raw`(?:^|\s)(?:xa|phuong|thi\s+tran)\s+${name}\s*$`, 'u');
  return reading.header.some((line) => isCapsLine(line.text) && re.test(foldedLine(reading, line)));
}
