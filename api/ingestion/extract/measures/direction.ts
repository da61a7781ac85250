import type { Direction } from '../../../domain/facts';
import type { Lexicons } from '../../lexicons';
import { PhraseMatcher, type Hit, type TextView } from '../../phrases/patterns';
import { exactHits } from '../exact';
import { parentheses } from './spans';
import { afterConnectors, cueHits, cueSets } from './strength';

// Whether an instruction tightens or eases what people and businesses may do, from the first cue of
// seeds/lexicons/direction.json before any purpose or condition ("để", "nhất là", "đối với": the
// subordinate markers of categories.json): the main predicate comes first in Vietnamese, so "Cho phép các cửa
// hàng ăn uống hoạt động trở lại nhưng phải bảo đảm giãn cách" eases and "Tiếp tục tạm dừng karaoke"
// tightens. A first cue of informing, preparing or reporting ("tuyên truyền để người dân không chủ quan khi
// nới lỏng", "chuẩn bị sẵn sàng khu cách ly") leaves the direction null, as does an instruction with no cue.

/** A list's cues: one matcher for the loose ones, one per cue that must keep its diacritics. */
interface Cues {
  loose: PhraseMatcher;
  exact: { phrase: string; m: PhraseMatcher }[];
}

interface Compiled {
  easing: Cues;
  tightening: Cues;
  neutral: Cues;
  subordinate: PhraseMatcher;
  stop: PhraseMatcher;
  between: PhraseMatcher;
  control: PhraseMatcher;
}

function cues(words: string[], exact: string[]): Cues {
  const isExact = (w: string) => exact.some((e) => e.toLowerCase() === w.toLowerCase());
  return {
    loose: new PhraseMatcher(words.filter((w) => !isExact(w))),
    exact: words.filter(isExact).map((phrase) => ({ phrase, m: new PhraseMatcher([phrase]) })),
  };
}

function hitsOf(c: Cues, v: TextView, from: number, end: number, skip: Hit[]): Hit[] {
  return [...cueHits(c.loose, v, from, end, skip), ...c.exact.flatMap((e) => exactHits(v, cueHits(e.m, v, from, end, skip), e.phrase))];
}

const cache = new WeakMap<Lexicons, Compiled>();

function compiled(lex: Lexicons): Compiled {
  let c = cache.get(lex);
  if (!c) {
    const d = lex.direction;
    c = {
      easing: cues(d.easing, d.exact),
      tightening: cues(d.tightening, d.exact),
      neutral: cues(d.neutral, d.exact),
      subordinate: new PhraseMatcher([...lex.categories.subordinateMarkers, ...lex.categories.basisMarkers]),
      stop: new PhraseMatcher(d.controlsStopped.verbs),
      between: new PhraseMatcher(d.controlsStopped.between),
      control: new PhraseMatcher(d.controlsStopped.controls),
    };
    cache.set(lex, c);
  }
  return c;
}

export function directionOf(v: TextView, start: number, end: number, lex: Lexicons, skip: Hit[] = []): Direction | null {
  const c = compiled(lex);
  let from = afterConnectors(v, start, end);
  // A purpose or a condition ("... quét mã QR để kiểm soát chặt chẽ quá trình di chuyển") is not the order.
  // One that opens the instruction is its subject or a fronted condition: the order follows, after its comma
  // when it has one ("Đối với chợ truyền thống, UBND tỉnh giao ...", "Các trường hợp sau thực hiện cách ly:").
  let subs = c.subordinate.all(v, from, end);
  if (subs.length > 0 && !/[\p{L}\p{N}]/u.test(v.text.slice(from, subs[0].start))) {
    const comma = v.text.indexOf(',', subs[0].end);
    from = comma >= 0 && comma < end ? comma + 1 : subs[0].end;
    subs = subs.filter((h) => h.start >= from);
  }
  const sub = subs[0];
  if (sub) end = sub.start;
  // Asides in parentheses ("(đô thị tập trung, đô thị không tập trung)") order nothing, nor does the "không" of a noun
  // waive ("qua đường hàng không phải khai báo y tế").
  skip = [...skip, ...parentheses(v.text, start, end), ...cueSets(lex, v).cueNouns.all(v, start, end)];
  const hits: (Hit & { direction: Direction | null })[] = [
    ...hitsOf(c.easing, v, from, end, skip).map((h) => ({ ...h, direction: 'EASING' as const })),
    ...hitsOf(c.tightening, v, from, end, skip).map((h) => ({ ...h, direction: 'TIGHTENING' as const })),
    ...hitsOf(c.neutral, v, from, end, skip).map((h) => ({ ...h, direction: null })),
  ];
  // Where two cues start together the longer one is meant: "cho phép hoạt động trở lại", not "cho phép".
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  // A control stopped eases, though its verb or the control's own words tighten ("Kết thúc hoạt động các khu cách
  // ly", "Không xử phạt ...", "Giải thể Ban Chỉ đạo ...").
  const stop = cueHits(c.stop, v, from, end, skip)[0];
  if (stop && (hits.length === 0 || stop.start <= hits[0].start) && stopsControl(c, v, stop)) return 'EASING';
  if (hits.length === 0) return null;
  return hits[0].direction;
}

/**
 * Does the stop verb `stop` stop a control ("Dừng hoạt động các chốt kiểm soát", "Giải thể 03 khu cách ly")?
 * direction.json controlsStopped; a count may stand before the control.
 */
function stopsControl(c: Compiled, v: TextView, stop: Hit): boolean {
  let pos = stop.end;
  for (let words = 0, next = c.between.startAt(v, pos, 30); next >= 0 && words < 3; words++, next = c.between.startAt(v, pos, 30)) pos = next;
  pos += COUNT.exec(v.folded.slice(pos, pos + 12))?.[0].length ?? 0;
  return c.control.startAt(v, pos, 40) >= 0;
}

const COUNT = /^[\s\u00a0]*\d+(?=[\s\u00a0])/u;
