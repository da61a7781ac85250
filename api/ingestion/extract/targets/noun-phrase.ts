import { isUnmarked, markedAndFolded, type Hit, type MarkedAndFolded, type TextView } from '../../phrases/patterns';
import type { CompiledTargets } from './compile';
import type { Figure } from './figures';
import { deadlineStartBefore } from '../deadlines';

// What a figure counts or measures, as written. A count names it after the number, up to a stop word or
// punctuation: "10 người", "9 chốt kiểm soát", "100% hộ gia đình", "50% công suất", "10 mẫu/ống". A
// duration or a distance measures what comes before it: "cách ly tập trung 14 ngày", "thời gian hỗ trợ tối
// đa 21 ngày", "giữ khoảng cách tối thiểu 1,5 mét"; so does a share with nothing after it ("Ngân sách tỉnh
// bảo đảm 70%"). An amount names what it pays for after its unit ("2.000.000.000 đồng mua sắm trang thiết
// bị"), else what comes before it ("hỗ trợ 50.000 đồng/người/ngày").

const MAX_WORDS = 8;
/** A preposition that opens the words before a duration ("Trong đợt cao điểm 15 ngày"). */
const LEAD_PREPOSITION = markedAndFolded(/^(?:trong|tại|cho|với|về)[\s\u00a0]+/u);
/** An assignee's role after its name ("Sở Y tế chủ trì, phối hợp ...", "Phòng Tài chính tham mưu ..."): how it takes part, not what is done. */
const LEAD_ROLE = markedAndFolded(/^(?:chủ trì|phối hợp|tham mưu)[\s\u00a0,]+/u);
/**
 * A lead word, read with its marks where the text has them ("tái phạm" is no "tại"), folded in a text that
 * lost them.
 */
const leadAt = (v: TextView, lead: MarkedAndFolded, from: number, to: number) => (isUnmarked(v) ? lead.folded : lead.marked).exec(v.lower.slice(from, to));
const MEASURES = new Set(['DAYS', 'HOURS', 'METRES', 'PERCENT']);
const AMOUNTS = new Set(['VND', 'KILOGRAMS']);
const WORD = /[\p{L}\p{N}]+(?:[/-][\p{L}\p{N}]+)*/u;
const words = (s: string) => [...s.matchAll(new RegExp(WORD.source, 'gu'))];

/** Whether a word that ends a noun phrase starts at `at` ("tại", "cho"), not a noun spelled like one ("cho cach ly"). */
export function stopsNounPhrase(v: TextView, at: number, c: CompiledTargets): boolean {
  return c.nounStop.startAt(v, at, 30) >= 0 && c.nounStopExcept.startAt(v, at, 30) < 0;
}

/** "so với" between a share and what it is of ("không quá 50% so với công suất thiết kế", folded). */
const COMPARED = /^[\s\u00a0]+so[\s\u00a0]+voi(?=[\s\u00a0])/u;

/** Where what a share is of begins after `at`, past a "so với" that may stand between ("50% so với số ghế"). */
export function pastComparison(v: TextView, at: number): number {
  return at + (COMPARED.exec(v.folded.slice(at, at + 12))?.[0].length ?? 0);
}

/** Words from `from` up to punctuation or a stop word, at most MAX_WORDS. */
function phraseFrom(v: TextView, from: number, to: number, c: CompiledTargets): Hit | null {
  const slice = v.text.slice(from, to);
  const punct = /[,;.:()\n“”"]/.exec(slice);
  const limit = from + (punct ? punct.index : slice.length);
  let end = from;
  let count = 0;
  for (const m of words(v.text.slice(from, limit))) {
    const at = from + m.index!;
    if (count >= MAX_WORDS || (count > 0 && stopsNounPhrase(v, at, c))) break;
    end = at + m[0].length;
    count++;
  }
  return end > from ? { start: from, end } : null;
}

/** The words before `at` back to punctuation, without lead verbs and cues ("bảo đảm", "trong vòng"). */
function phraseBefore(v: TextView, segment: Hit, at: number, c: CompiledTargets, names: Hit[]): Hit | null {
  let end = at;
  for (let moved = true; moved; ) {
    moved = false;
    for (const m of [c.within, c.atMost, c.atLeast, c.above, c.below, c.goal, c.countVerb, c.validityCue]) {
      const s = m.endAt(v, end, 25);
      if (s >= segment.start && s < end) {
        end = s;
        moved = true;
      }
    }
  }
  // "Phấn đấu đến ngày 30/9/2021 đạt 70%": the time to reach it by is no part of what it measures.
  const deadline = deadlineStartBefore(v.folded, segment.start, end);
  if (deadline >= segment.start) end = deadline;
  // "phải có giấy xét nghiệm âm tính trong vòng 72 giờ": what is had, not who must have it; "Yêu cầu các huyện
  // phấn đấu ... đạt 90%": what is reached, not who is told to reach it.
  let start = segment.start;
  for (const m of [c.consequent, c.existential, c.goal, c.order]) for (const h of m.all(v, start, end)) start = Math.max(start, h.end);
  // "Tổ chức đợt cao điểm 15 ngày", "Trong đợt cao điểm 15 ngày": the campaign, not the verb or the
  // preposition. "Sở Y tế chủ trì lấy mẫu xét nghiệm trong vòng 24 giờ": what is done, not who is told to do
  // it nor how it takes part; a name that a conjunction follows ("Trung tâm Y tế và Ban ...") or that leaves
  // only its role ("Phòng Tài chính tham mưu") is what the phrase is about.
  const skipped = (at: number) => at + (/^[\s\u00a0,]*/u.exec(v.text.slice(at, end))?.[0].length ?? 0);
  const role = (at: number) => leadAt(v, LEAD_ROLE, at, end);
  for (let moved = true; moved; ) {
    moved = false;
    const from = skipped(start);
    const subject = names.find((h) => h.start <= from && h.end > from && h.end < end);
    const rest = subject ? skipped(subject.end) : -1;
    const named = subject && !stopsNounPhrase(v, rest, c) && words(v.text.slice(rest + (role(rest)?.[0].length ?? 0), end)).length > 0;
    const lead = c.countVerb.startAt(v, from, 20);
    const prep = leadAt(v, LEAD_PREPOSITION, from, end) ?? role(from);
    const next = named ? rest : lead > from && lead < end ? lead : prep ? from + prep[0].length : -1;
    if (next > start && next < end) {
      start = next;
      moved = true;
    }
  }
  const kept = words(v.text.slice(start, end)).slice(-MAX_WORDS);
  if (kept.length === 0) return null;
  return { start: start + kept[0].index!, end: start + kept[kept.length - 1].index! + kept[kept.length - 1][0].length };
}

export function nounPhraseOf(v: TextView, fig: Figure, segment: Hit, contextHit: Hit | null, c: CompiledTargets, names: Hit[]): Hit | null {
  const compared = fig.unit === 'PERCENT' ? pastComparison(v, fig.unitEnd) : fig.unitEnd;
  const after = compared > fig.unitEnd ? phraseFrom(v, compared, segment.end, c) : phraseFrom(v, fig.unitStart, segment.end, c);
  const measure = fig.unit !== null && MEASURES.has(fig.unit);
  const unitOnly = !after || after.end <= fig.unitEnd;
  if (fig.unit !== null && AMOUNTS.has(fig.unit)) {
    const paidFor = after && !unitOnly && /^[\s\u00a0]/u.test(v.text.slice(fig.unitEnd)) ? trimmed(v, { start: fig.unitEnd, end: after.end }) : null;
    return paidFor ?? contextHit ?? phraseBefore(v, segment, fig.tok.start, c, names);
  }
  if (!measure) return after;
  // A share names what it is of: "50% công suất" -> "công suất", not "%"; not what follows it ("đạt 95% trước
  // ngày 30/9", "90% trở lên").
  const of = after && !unitOnly ? trimmed(v, { start: compared, end: after.end }) : null;
  if (fig.unit === 'PERCENT' && of && !stopsNounPhrase(v, of.start, c)) return of;
  if (contextHit) return contextHit;
  return phraseBefore(v, segment, fig.tok.start, c, names);
}

function trimmed(v: TextView, h: Hit): Hit | null {
  let { start, end } = h;
  while (start < end && /[\s\u00a0]/.test(v.text[start])) start++;
  while (end > start && /[\s\u00a0]/.test(v.text[end - 1])) end--;
  return end > start ? { start, end } : null;
}
