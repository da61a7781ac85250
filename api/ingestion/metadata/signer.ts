// The signer: the name at the foot of the signature block, the title printed above it and the authority line
// ("T/M BAN THƯỜNG VỤ", "T/L TRƯỞNG BAN CHỈ ĐẠO"). In a two-column reading the block comes out after the
// distribution list. OCR damage is common here, so a name is accepted only if it looks like a personal name.
import type { Known, SignerRef } from '../../domain/directive';
import { fold } from '../../text/fold';
import { isCapsLine, startsLowercase } from '../clean/line-shape';
import { AUTHORITY } from '../segment/closing';
import type { TextLine } from '../segment/lines';
import { Reading, closingLines } from '../reading';
import { known, unknown } from './known';
import { findDistributionList } from './distribution';
import { personalNameProblem, repairedName } from './personal-name';
import { isKnownToken } from '../quality';
import { editDistance } from '../../text/edit-distance';
import { findPlaceMentions } from './gazetteer';

/** Signature lines are short; anything longer is the closing formula or a list item. */
const MAX_SIGNATURE_LINE = 80;
/** Titles rarely take more than three printed lines ("CHÁNH VĂN PHÒNG / kiêm / ỦY VIÊN"). */
const MAX_TITLE_LINES = 3;

const AUTHORITY_FORMS: readonly [RegExp, string][] = [
  [/^(?:t\s*\/\s*m|tm\.|t\s+[il1|]\s+m)\s*/, 'T/M'],
  [/^(?:t\s*\/\s*l|tl\.)\s*/, 'T/L'],
  [/^(?:k\s*\/\s*t|kt\.)\s*/, 'K/T'],
  [/^tuq\.?\s*/, 'TUQ.'],
  [/^q\.\s*/, 'Q.'],
];

/** "T Í M  BAN THƯỜNG vụ" (OCR) -> "T/M BAN THƯỜNG vụ": the formula normalised, the body as printed. */
export function normaliseAuthority(line: string): string {
  const folded = fold(line);
  for (const [re, canonical] of AUTHORITY_FORMS) {
    const m = re.exec(folded);
    if (m) return `${canonical} ${line.slice(m[0].length).trim()}`.trim();
  }
  return line.trim();
}

/** "Q. GIÁM ĐỐC": "quyền", an acting head, is part of the title; the signer signs in their own right. */
const ACTING = /^q\.\s*/;

function isAuthority(line: TextLine): boolean {
  const folded = fold(line.text);
  return AUTHORITY.test(folded) && !ACTING.test(folded);
}

/** The formula OCR mixed into a distribution line: "VPTW Đảng, ... (để báo cáo), T/L BAN THƯỜNG vụ". */
function authorityInside(lines: TextLine[]): string | null {
  for (const line of lines) {
    const m = /(?:^|[\s,])((?:t\/m|t\/l|k\/t)\s+\S.*)$/.exec(fold(line.text));
    if (m) return normaliseAuthority(line.text.slice(line.text.length - m[1].length));
  }
  return null;
}

/**
 * "(Đã ký)", "[Đã ký và đóng dấu]", "Đã ký": a copy's mark where the signature was; "(Đã xem 14:32)": a
 * reader's note. A line in brackets is neither title nor name.
 */
const SIGNED_MARK = /^(?:\(.*\)|\[.*\]|(?:da\s+)?ky(?:\s+va\s+dong\s+dau|\s+ten)?\.?)$/u;

/** A formula (segment/closing.ts AUTHORITY) after a space inside a line. */
const INNER_AUTHORITY = new RegExp(`\\s(?:${AUTHORITY.source.replace(/^\^/, '')})`);

/**
 * The authority lines of a block and its title, when a line carries both: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" and
 * "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", typed on one line, end with a title of the lexicon after the body they sign
 * for; "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" holds two formulas. A line that is one formula and its body alone
 * ("KT. CHỦ TỊCH") keeps it.
 */
function splitAuthority(line: string, reading: Reading, titled: boolean): { authorities: string[]; title: string | null } {
  const folded = fold(line);
  // A second formula inside the line, after the first: " kt. ", " k/t ", " tl. ".
  const skip = AUTHORITY.exec(folded)?.[0].length ?? 0;
  const inner = INNER_AUTHORITY.exec(folded.slice(skip));
  if (inner) {
    const at = skip + inner.index + 1;
    const rest = splitAuthority(line.slice(at), reading, titled);
    return { authorities: [normaliseAuthority(line.slice(0, at)), ...rest.authorities], title: rest.title };
  }
  const normalised = normaliseAuthority(line);
  if (!titled) return { authorities: [normalised], title: null };
  const formula = normalised.slice(0, normalised.indexOf(' ') + 1);
  const body = normalised.slice(formula.length);
  const words = body.split(/\s+/u);
  // The longest title the body ends with, leaving a body of its own before it.
  for (let from = 1; from < words.length; from++) {
    const tail = words.slice(from).join(' ');
    if (isTitle(tail, reading)) return { authorities: [`${formula}${words.slice(0, from).join(' ')}`], title: tail };
  }
  return { authorities: [normalised], title: null };
}

/** An e-signature's stamp printed in the block ("Ký bởi: ...", "Thời gian ký: 10.03.2022 16:38:52 +07:00"), folded. */
const E_SIGNATURE = /^(?:ky boi|nguoi ky|thoi gian ky|email|co quan|chuc vu|signed by)\s*:/u;

function isTitleLine(line: TextLine): boolean {
  return isCapsLine(line.text) || (startsLowercase(line.text) && line.text.split(/\s+/).length <= 2);
}

const titleKeys = new WeakMap<Reading['lex'], Set<string>>();

/** A line that is one of the lexicon's titles, with or without its marks. */
function isTitle(text: string, reading: Reading): boolean {
  let keys = titleKeys.get(reading.lex);
  if (!keys) titleKeys.set(reading.lex, (keys = new Set(reading.lex.signatures.titles.map((t) => fold(t).replace(/\s+/g, ' ')))));
  return keys.has(fold(text).trim().replace(/\s+/g, ' '));
}

/** A line in capitals that opens with a title of the lexicon and names the body ("CHỦ TỊCH UBND TỈNH"): a post, not a name. */
function isPost(text: string, reading: Reading): boolean {
  const key = fold(text).trim().replace(/\s+/g, ' ');
  return isCapsLine(text) && reading.lex.signatures.titles.some((t) => key.startsWith(`${fold(t)} `));
}

/** Folded titles differing by at most this share of their letters are one title damaged by OCR. */
const TITLE_DAMAGE = 0.25;

/**
 * The title as printed, or, when OCR damaged it ("HANH iVAN PHONG"), the one title of the lexicon it is a
 * slip of ("CHÁNH VĂN PHÒNG"), in capitals as titles are printed. Damage that fits no title is kept as printed.
 */
function readTitle(printed: string, reading: Reading): string {
  const words = printed.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.every((w) => isKnownToken(w, reading.lex))) return printed;
  // The title is the end of the block: a damaged line may begin with what OCR mixed into it ("Lưu VPTU, TH4. ^").
  let best: { title: string; ratio: number; tied: boolean } | null = null;
  for (let from = Math.max(0, words.length - 6); from < words.length; from++) {
    const key = fold(words.slice(from).join(' '));
    for (const t of reading.lex.signatures.titles) {
      const k = fold(t);
      const ratio = editDistance(key, k) / Math.max(key.length, k.length);
      if (ratio > TITLE_DAMAGE) continue;
      if (!best || ratio < best.ratio) best = { title: t, ratio, tied: false };
      else if (ratio === best.ratio && t !== best.title) best.tied = true;
    }
  }
  return best && !best.tied ? best.title.toUpperCase() : printed;
}

/**
 * Separators a block typed on one line puts between its lines: a dash, a slash, a bar; a law library's table
 * cell its backslashes ("KT. CHỦ TỊCH\PHÓ CHỦ TỊCH\\\Hoàng Minh Tuấn").
 */
const LINE_SEPARATOR = /[ \u00a0]+[—–\/|][ \u00a0]+|[ \u00a0]*\\+[ \u00a0]*/u;

/** A part of a line, as a line of its own. */
function partOf(line: TextLine, from: number, to: number): TextLine {
  const raw = line.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  return { ...line, text, start: line.start + from + lead, end: line.start + from + lead + text.length };
}

/**
 * "KT. CHỦ TỊCH — PHÓ CHỦ TỊCH — Trần Minh Khôi", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Mạnh Cường": a formula, a
 * title and a name on one line, as its lines; null when the line does not end with a name after a title.
 */
function oneLineBlock(line: TextLine, reading: Reading): TextLine[] | null {
  if (!isAuthority(line) && !isCapsLine(line.text.split(LINE_SEPARATOR)[0] ?? '')) return null;
  const parts: TextLine[] = [];
  let at = 0;
  for (let m = LINE_SEPARATOR.exec(line.text); m; m = LINE_SEPARATOR.exec(line.text.slice(at))) {
    parts.push(partOf(line, at, at + m.index));
    at += m.index + m[0].length;
  }
  parts.push(partOf(line, at, line.text.length));
  const last = parts[parts.length - 1];
  if (parts.length > 1) return personalNameProblem(last.text) === null ? parts : null;
  // No separator: the name is the words after the last title.
  const words = [...line.text.matchAll(/\S+/gu)];
  for (let n = Math.min(5, words.length - 2); n >= 2; n--) {
    const from = words[words.length - n].index!;
    if (personalNameProblem(line.text.slice(from)) !== null) continue;
    const before = line.text.slice(0, from).trim();
    const head = splitAuthority(before, reading, true);
    if (isTitle(before, reading) || head.title !== null) return [partOf(line, 0, from), partOf(line, from, line.text.length)];
  }
  return null;
}

/** "Hoàng Nam" / "Phương": a name the column's width wrapped, its last word alone on the last line. */
function wrappedName(signature: TextLine[]): TextLine | null {
  if (signature.length < 2) return null;
  const [first, last] = signature.slice(-2);
  if (!/^\p{Lu}[\p{Ll}\p{M}]+$/u.test(last.text) || last.index !== first.index + 1) return null;
  const text = `${first.text} ${last.text}`;
  // A narrow column leaves a family name and one more word on the first line; a full name there is whole.
  return first.text.split(/\s+/u).length === 2 && personalNameProblem(text) === null ? { ...first, text, end: last.end } : null;
}

/** Lines printed after a signature's last lines at most, before the block is read as ending above them. */
const TRAILING = 3;

/**
 * The index of the signer's name when lines that are no part of the block follow it ("Tải văn bản (PDF, 284
 * KB)", "Lượt xem: 1.284"): the last personal name within TRAILING lines of the end, under a title or a
 * formula. -1 when the last line is itself a name or no such name stands above.
 */
function namedAbove(signature: TextLine[], reading: Reading): number {
  const last = signature.length - 1;
  // "Đại tá Trần Minh Khôi": an officer's name after the rank is the name.
  if (last < 1 || personalNameProblem(signature[last].text) === null || withoutRank(signature[last].text, reading) !== null || isTitle(signature[last].text, reading) || isAuthority(signature[last])) return -1;
  for (let i = last - 1; i >= Math.max(1, last - TRAILING); i--) {
    // "PHÓ GIÁM ĐỐC" reads like a name ("Phó" is a family name): a title is none.
    if (personalNameProblem(signature[i].text) !== null || isTitle(signature[i].text, reading)) continue;
    const above = signature[i - 1];
    return isTitle(above.text, reading) || isAuthority(above) || (isCapsLine(above.text) && readTitle(above.text, reading) !== above.text) ? i : -1;
  }
  return -1;
}

/** "Thượng tá Bùi Đức Thắng": a police or army officer signs with a rank (signatures.json ranks) before the name. */
function withoutRank(line: string, reading: Reading): string | null {
  const rank = reading.lex.signatures.ranks.find((r) => fold(line).startsWith(`${fold(r)} `));
  const rest = rank ? line.slice(rank.length).trim() : null;
  return rest && personalNameProblem(rest) === null ? rest : null;
}

/** How far into the text a news lead may report who signed. */
const LEAD = 1200;
/** "đã ký", "vừa ký", "ký ban hành" after the name, folded. */
const SIGNED = /^[\s\u00a0]+(?:(?:da|vua)[\s\u00a0]+)?ky(?![\p{L}])/u;
/** Most characters of the body a title names between its title word and the name ("Phó Chủ tịch UBND tỉnh"). */
const TITLE_BODY = 60;

/**
 * "Phó Chủ tịch UBND tỉnh Trần Văn Mi đã ký Công văn số ...": a news article reports who signed, with a title of
 * the lexicon, the body it heads and the name, when it prints no signature block.
 */
function signerReported(reading: Reading): Known<SignerRef> | null {
  const { text, folded } = reading;
  const names = /(?:\p{Lu}[\p{Ll}\p{M}]*[ \u00a0]+){1,4}\p{Lu}[\p{Ll}\p{M}]*/gu;
  const lead = text.slice(0, Math.min(text.length, LEAD));
  for (const m of lead.matchAll(names)) {
    const end = m.index! + m[0].length;
    if (!SIGNED.test(folded.slice(end, end + 12))) continue;
    // The name is the last words of the run that make one ("UBND tỉnh Trần Văn Mi": "Trần Văn Mi"), none of
    // them the end of the province's name before it ("UBND tỉnh Điện Biên Lò Văn Tiến": not "Biên Lò Văn Tiến").
    const words = [...m[0].matchAll(/\S+/gu)];
    const places = findPlaceMentions(text.slice(m.index!, end), folded.slice(m.index!, end))
      .filter((p) => p.via !== 'PLACE')
      .map((p) => ({ start: m.index! + p.start, end: m.index! + p.end }));
    const from = words
      .map((w) => m.index! + w.index!)
      .find((at) => !places.some((p) => p.start < at && at < p.end) && personalNameProblem(text.slice(at, end)) === null);
    if (from === undefined) continue;
    const before = text.slice(Math.max(0, from - TITLE_BODY), from);
    const foldedBefore = folded.slice(Math.max(0, from - TITLE_BODY), from);
    const title = reading.lex.signatures.titles
      .map((t) => ({ t, at: foldedBefore.lastIndexOf(fold(t)) }))
      .filter(({ t, at }) => at >= 0 && !/[.;:!?\n]/u.test(before.slice(at)) && /^\p{Lu}/u.test(before.slice(at, at + t.length)))
      .sort((a, b) => a.at - b.at)[0];
    if (!title) continue;
    return known({ name: text.slice(from, end), title: before.slice(title.at).trim(), onBehalfOf: null }, { start: from, end });
  }
  return null;
}

export function extractSigner(reading: Reading): Known<SignerRef> {
  const lines = closingLines(reading);
  const list = findDistributionList(reading);
  const listed = new Set(list ? [list.heading, ...list.items] : []);
  const block = lines.filter((l) => {
    const folded = fold(l.text);
    return (
      !listed.has(l) &&
      l.text.length <= MAX_SIGNATURE_LINE &&
      !/[.;,]$/.test(l.text) &&
      !/^(?:thua lenh|noi nhan)\b/.test(folded) &&
      !SIGNED_MARK.test(folded.replace(/^[\s~_=*]+|[\s~_=*]+$/gu, '')) &&
      !E_SIGNATURE.test(folded)
    );
  });
  // A signature printed before the distribution list: only the lines before the list are the block.
  const signature = list && block.some((l) => l.start > list.heading.start)
    ? block.filter((l) => l.start > list.heading.start)
    : block.filter((l) => !list || l.start < list.heading.start);

  if (signature.length === 0) {
    const reported = signerReported(reading);
    if (reported) return reported;
    return unknown(reading.format === 'PORTAL' ? 'portal article: no signature block' : 'no signature block after the body');
  }

  // A whole block typed on one line ("KT. CHỦ TỊCH — PHÓ CHỦ TỊCH — Trần Minh Khôi") is read as its lines.
  for (let i = signature.length - 1; i >= Math.max(0, signature.length - 1 - TRAILING); i--) {
    const whole = oneLineBlock(signature[i], reading);
    if (whole) signature.splice(i, 1, ...whole);
  }
  // A name wrapped onto a second line ("Lê Văn" / "Khởi") is one name.
  const wrapped = wrappedName(signature);
  if (wrapped) signature.splice(signature.length - 2, 2, wrapped);
  // "Cao Tiến Dũng" / "CHỦ TỊCH UBND TỈNH": a steering committee's head prints the post they hold under the name.
  const post = signature.length >= 2 && isPost(signature[signature.length - 1].text, reading) && personalNameProblem(signature[signature.length - 2].text) === null && !isPost(signature[signature.length - 2].text, reading)
    ? signature.pop()!.text
    : null;
  // A portal's or a mail's lines after the name ("Tải văn bản (PDF, 284 KB)") are no part of the block.
  const named = namedAbove(signature, reading);
  if (named >= 0) signature.splice(named + 1);
  const nameLine = signature[signature.length - 1];
  // "PHÓ CHỦ TỊCH" reads like a name ("Phó" is a family name); printed last, it is the title of an unsigned copy.
  if (isAuthority(nameLine) || isTitle(nameLine.text, reading) || (isCapsLine(nameLine.text) && personalNameProblem(nameLine.text) !== null)) {
    return unknown(`the signature block ends with "${nameLine.text}" and has no name under it`);
  }
  const problem = personalNameProblem(nameLine.text);
  const name = problem ? (withoutRank(nameLine.text, reading) ?? repairedName(nameLine.text)) : nameLine.text;
  if (problem && !name) {
    return unknown(
      `the signature block is damaged: the line where the signer's name should be reads "${nameLine.text}" (${problem})`,
    );
  }

  const authorityIndex = signature.findIndex(isAuthority);
  const nameIndex = signature.length - 1;
  // "TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH": the formulas in turn, each on its line or several on one.
  let lastAuthority = authorityIndex;
  while (lastAuthority >= 0 && lastAuthority + 1 < nameIndex && isAuthority(signature[lastAuthority + 1])) lastAuthority++;
  let titleLines: TextLine[];
  const authorities: string[] = [];
  let typedTitle: string | null = null;
  if (authorityIndex >= 0 && authorityIndex < nameIndex) {
    titleLines = signature.slice(lastAuthority + 1, nameIndex);
    // A title typed on the formula's line is the title only when no line of its own follows.
    for (const line of signature.slice(authorityIndex, lastAuthority + 1)) {
      const split = splitAuthority(line.text, reading, titleLines.length === 0);
      authorities.push(...split.authorities);
      typedTitle = split.title ?? typedTitle;
    }
  } else {
    titleLines = [];
    for (let i = nameIndex - 1; i >= 0 && titleLines.length < MAX_TITLE_LINES && isTitleLine(signature[i]); i--) {
      titleLines.unshift(signature[i]);
    }
  }
  const onBehalfOf = authorities.length > 0 ? authorities.join(', ') : authorityInside(list?.items ?? []);

  const title = [typedTitle ?? (readTitle(titleLines.map((l) => l.text).join(' '), reading) || null), post].filter((t) => t !== null).join(' ') || null;
  const signer: SignerRef = { name: name!, title, onBehalfOf, ...(name !== nameLine.text ? { printedName: nameLine.text } : {}) };
  return known(signer, { start: nameLine.start, end: nameLine.end });
}
