// Level words shared by a list of bodies: in 'hội nghị trực tuyến với Ban Chỉ đạo, Trung tâm Chỉ huy cấp
// huyện, cấp xã' each body is named at each level (four bodies). A body of the list counts when the lexicon
// knows it at that level ("Ban Chỉ đạo cấp xã"); an illegible one ("Tning tâm Chỉ huy") is skipped.
import type { AgencyLevel } from '../../../domain/facts';

export interface SharedLevelMention {
  canonicalName: string;
  level: AgencyLevel;
  start: number;
  end: number;
}

/** Canonical name and level of a whole string, when one body is all of it. */
export type Resolve = (name: string) => { canonicalName: string; level: AgencyLevel } | null;

const LEVELS: Record<string, string> = { tinh: 'tỉnh', huyen: 'huyện', xa: 'xã' };
const LIST = /(?<![\p{L}\p{N}])cap[ \u00a0]+(tinh|huyen|xa)((?:[ \u00a0]*(?:,|[ \u00a0]va)[ \u00a0]*(?:cap[ \u00a0]+)?(?:tinh|huyen|xa)(?![\p{L}\p{N}]))*)(?![\p{L}\p{N}])/gu;
const MAX_BODIES = 4;
const MAX_WORDS = 8;

/** The last "," or " và " of a string: where the segment before a level list starts. */
const LAST_SEPARATOR = /(?:,|[ \u00a0]và[ \u00a0])(?!.*(?:,|[ \u00a0]và[ \u00a0]))/su;

/** The bodies before a level list, nearest first: each the longest capitalised tail of its segment that resolves. */
function bodiesBefore(text: string, listStart: number, first: string, resolve: Resolve): { name: string; start: number }[] {
  const out: { name: string; start: number }[] = [];
  let end = listStart;
  for (let n = 0; n < MAX_BODIES; n++) {
    const from = Math.max(0, end - 120);
    const window = text.slice(from, end);
    const sep = LAST_SEPARATOR.exec(window);
    let segStart = from + (sep ? sep.index + sep[0].length : 0);
    // A clause boundary inside the segment ends the list there.
    const boundary = /[.;:\n()](?=[^.;:\n()]*$)/u.exec(text.slice(segStart, end));
    if (boundary) segStart += boundary.index + 1;
    const segment = text.slice(segStart, end);
    const words = [...segment.matchAll(/[\p{L}\p{N}]+/gu)].slice(-MAX_WORDS);
    const found = words
      .filter((w) => /^\p{Lu}/u.test(w[0]))
      .map((w) => ({ name: segment.slice(w.index, segment.trimEnd().length), start: segStart + w.index }))
      .find((b) => resolve(`${b.name} cấp ${first}`) !== null);
    if (found) out.push(found);
    // Words before the body ("... trực tuyến với Ban Chỉ đạo") open the list; so does a clause boundary. An
    // illegible name ("Tning tâm Chỉ huy") is passed over.
    const illegible = !found && words.length <= 5 && /^\p{Lu}/u.test(segment.trim());
    if (!sep || boundary || (!found && !illegible) || (found && /\p{L}/u.test(text.slice(segStart, found.start)))) break;
    end = from + sep.index;
  }
  return out;
}

export function sharedLevelMentions(text: string, folded: string, end: number, resolve: Resolve): SharedLevelMention[] {
  const out: SharedLevelMention[] = [];
  LIST.lastIndex = 0;
  for (let m = LIST.exec(folded); m && m.index < end; m = LIST.exec(folded)) {
    const levels = [m[1], ...[...m[2].matchAll(/(tinh|huyen|xa)/gu)].map((x) => x[1])];
    const levelEnds = [m.index + m[0].length - m[2].length, ...[...m[2].matchAll(/(tinh|huyen|xa)/gu)].map((x) => m!.index + m![0].length - m![2].length + x.index + x[0].length)];
    const bodies = bodiesBefore(text, m.index, LEVELS[levels[0]], resolve);
    if (bodies.length + levels.length < 3) continue; // one body at one level: the lexicon's own reading
    for (const b of bodies) {
      levels.forEach((l, i) => {
        const r = resolve(`${b.name} cấp ${LEVELS[l]}`);
        if (r) out.push({ ...r, start: b.start, end: levelEnds[i] });
      });
    }
  }
  return out;
}
