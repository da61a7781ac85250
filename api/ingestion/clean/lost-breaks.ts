// A text whose line breaks were lost (a form field or a database cell that kept only spaces, a page's text
// scraped with its paragraphs joined) arrives as one long line: letterhead, number, dateline, clauses and the
// distribution list run on. Every later step reads lines, so the breaks are put back where the genre always
// has them: before the header's lines ("CỘNG HÒA ...", "Số: ...", "<place>, ngày ... tháng", "V/v",
// "Kính gửi"), before a clause number, an article or a list dash that follows the end of a sentence, around a
// line of capitals (letterhead, title, signature), before "Nơi nhận", before an attached document's "(Ban
// hành kèm theo ...)", at a forwarded mail's headers, around a news page's posting time and before its lead,
// and after a subject line, where the body opens. A short letter run on counts when its line holds several of these.
import { defaultLexicons } from '../lexicons';

/**
 * A line this long, with few others around it or holding most of the text (a header's cells were kept as
 * lines, the rest ran on), is a text whose breaks were lost, not a long paragraph.
 */
const MIN_FLAT_LINE = 600;
const MAX_LINES = 3;
const FLAT_SHARE = 0.6;
/**
 * A short letter run on (a few clauses, 300 characters) is as flat: shorter than MIN_FLAT_LINE, its line must
 * then hold at least MIN_INNER_OPENINGS lines of the genre ("Số: ...", "V/v", "Kính gửi:", "1.", "Nơi nhận:").
 */
const MIN_SHORT_FLAT_LINE = 200;
const MIN_INNER_OPENINGS = 3;

// The motto's two lines, also as a text that lost its marks writes them ("CONG HOA ...", "Doc lap").
const MOTTO = [String.raw`C[ỘO]NG H(?:ÒA|OÀ|OA) X[ÃA] H[ỘO]I CH[ỦU] NGH[ĨI]A VI[ỆE]T NAM`, String.raw`Đ[ẢA]NG C[ỘO]NG S[ẢA]N VI[ỆE]T NAM`];
const MOTTO_SECOND = String.raw`(?:Độc lập|Doc lap)\s*[-–]\s*(?:Tự do|Tu do)`;

/** Header and closing lines, each opening a line of its own. */
const LINE_OPENERS = new RegExp(
  // Markdown's emphasis may wrap the line ("*Nghĩa Hưng, ngày ...*").
  String.raw`[*_]{0,3}(?:` +
  [
    // Also as a text that lost its marks writes them, or a legacy font's scan ("S6:"): the breaks go back
    // before the marks and digits are read back.
    ...MOTTO,
    MOTTO_SECOND,
    String.raw`S[ốo6]\s*:\s*\S`,
    // A party's number has no colon: "Số 356-CV/HU".
    String.raw`Số\s+\d{1,5}[a-z]?\s*[-/]\s*\p{Lu}`,
    String.raw`V\s*/\s*v\s`,
    String.raw`K[íi]nh g[ửu]i\s*:`,
    String.raw`N[ơo]i nh[ậa]n\s*:`,
    // A forwarded mail's headers: "From: ... Sent: ... Subject: Fwd: CV 5120/UBND-DL ngày 20/12/2021".
    String.raw`(?:From|Sent|Date|To|Cc|Subject):\s`,
    // The line that says which decision an attached document comes with: "(Ban hành kèm theo Quyết định số ...)".
    String.raw`\((?:Ban h[àa]nh\s+)?[Kk][èe]m theo\s`,
    String.raw`(?:KT|TM|TL|T/L|Q)\.\s*\p{Lu}{2}`,
    // A dateline: a place of up to four words, then "ngày 10 tháng 8"; not the end of a number ("356-CV/HU Mường Tè").
    // Its words are all in capitals or all capitalised: "VX Quảng Trị" is a number's symbol before the place.
    String.raw`(?<![\p{L}\p{N}/-])(?:T[Pp]\.\s*|TX\.\s*)?(?:\p{Lu}[\p{Ll}.]*(?:\s+\p{Lu}[\p{Ll}.]*){0,3}|\p{Lu}[\p{Lu}.]*(?:\s+\p{Lu}[\p{Lu}.]*){0,3}),\s*ng[àa]y\s+[\dO]{1,2}\s+th[áa]ng`,
  ].join('|') +
  ')',
  'gu',
);

/**
 * The motto's lines end where their fixed words do: a two-column letterhead run on puts the issuer's column
 * after them ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM BAN CHỈ ĐẠO PHÒNG, CHỐNG Độc lập - Tự do - Hạnh phúc DỊCH COVID-19").
 */
const MOTTO_END = new RegExp(String.raw`(${MOTTO.join('|')}|${MOTTO_SECOND}\s*[-–]\s*H(?:ạnh phúc|anh phuc))[ \t]+(?=\S)`, 'gu');

/** The words before an article's or a chapter's number, also without marks. */
const PARTS = String.raw`Đi[ềe]u|Dieu|Ch[ưu][ơo]ng`;
/**
 * A clause number ("2.", "II.", "2.1."), a lettered point ("b)"), an article or a chapter ("Điều 3.", "Chương II.")
 * after the end of a sentence or a list's colon.
 */
const CLAUSE = new RegExp(String.raw`(?<=[.;:!?…”"*)])\s+(?=[*_]{0,3}(?:(?:(?:${PARTS})\s+)?(?:\d{1,2}|[IVX]{1,4})\.(?:\d{1,2}\.)*|[a-zđ]\))\s+\S)`, 'gu');
/** The word before an article's, a chapter's or a section's number ("Chương I."). */
const PART_WORD = new RegExp(String.raw`^(?:${PARTS}|M[ụu]c|Ph[ầa]n)$`, 'u');
/**
 * A body's opening words after the end of a sentence (the addressees' line ends there): "Thực hiện ...", with or
 * without marks; not after a clause's own number ("1. Thực hiện ...").
 */
const LEAD_WORDS = String.raw`(?:C[ăa]n c[ứu]|Th[ựu]c hi[ệe]n|Tri[ểe]n khai|Đ[ểe]|De|Nh[ằa]m|Tr[ưu][ớo]c t[ìi]nh h[ìi]nh|Theo đ[ềe] ngh[ịi]|Theo de nghi|X[ée]t đ[ềe] ngh[ịi]|Xet de nghi)\s`;
const LEAD = new RegExp(String.raw`(?<=[.;])(?<!(?:^|\s)(?:\d{1,2}\.)+|(?:^|\s)[IVX]{1,4}\.)\s+(?=${LEAD_WORDS})`, 'gu');
/**
 * A subject line ("V/v ...", "Về việc ...") has no closing mark: it ends where the body opens, at its lead
 * ("... COVID-19 Thực hiện Công văn ...") or at its first clause or section ("... COVID-19 1. Tạm dừng ...").
 */
const SUBJECT = /^(?:V\s*\/\s*v|V[ềe] vi[ệe]c)\s/u;
const SUBJECT_END = new RegExp(String.raw`\s+(?=${LEAD_WORDS}|(?:1|I)\.\s+\p{Lu})`, 'u');
/** A list dash after the end of a sentence, a semicolon or a colon ("Nơi nhận: - Như trên; - Lưu: VT."). */
const DASH = /(?<=[.;:*])\s+(?=[-–+•]\s+\p{L})/gu;
/**
 * A news page's posting time between the headline and the lead ("... chợ tự phát 17/07/2021 08:42 (Cổng TTĐT) -
 * Chiều ngày 16/7/2021, ..."): a line of its own, unless a label names it, the page's counters follow it on its
 * line ("Ngày đăng: 14/02/2020 18:05 | Lượt xem: 3.127") or it is a fax's, after a letterhead in capitals.
 */
const POSTED = /(?<=\p{Ll}[^\s:]*)\s+(\d{1,2}\/\d{1,2}\/\d{4}\s+\d{1,2}:\d{2})\s+(?=[^\s|])(?!L[ưu][ợo]t xem)/gu;

/**
 * A news page's lead opens a line: "... 08:15 Ngày 19/5/2021, UBND tỉnh ban hành ...", with the page's source tag
 * before it ("(STO) - Ngày 24/7/2021, ...", "YBĐT - Ngày 03/8/2020, ..."). "Ngày" in capitals opens a sentence.
 */
let newsLead: RegExp | null = null;
function newsLeadPattern(): RegExp {
  if (!newsLead) {
    // A time of day may open it ("Tối 17/7/2021, ...", "(VLO) Chiều 14/12, ..."): strength.json newsTimes.
    const times = defaultLexicons().strength.background.newsTimes.map((t) => t.charAt(0).toUpperCase() + t.slice(1)).join('|');
    newsLead = new RegExp(
      String.raw`(?<=[^\s\-–)])\s+(?=(?:\([^()]{1,30}\)\s*[-–]?\s*|\p{Lu}{2,8}\s*[-–]\s*)?(?:Ngày|(?:${times})(?:\s+ngày)?)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?\s*,)`,
      'gu',
    );
  }
  return newsLead;
}

/** A dateline's date ends its line: "Nghệ An, ngày 23 tháng 7 năm 2021" / "Hiện nay, ..." (a scan's O for 0 too). */
const DATELINE_END = /^([^,\n]{2,40},\s*ng[àa]y\s+(?:[\dO]{1,2}\s+th[áa]ng\s+[\dO]{1,2}\s+n[ăa]m\s+|[\dO]{1,2}\s*[/.-]\s*[\dO]{1,2}\s*[/.-]\s*)[\dO]{4})\s+(?=\S)/u;

/** A word in capitals: two letters at least, none lower-case ("ỦY", "TỊCH"; "COVID-19" counts too). */
const CAPS_WORD = /^[\p{Lu}\p{N}][\p{Lu}\p{N}\-/.,:()]*$/u;
const LETTERS = /\p{L}/gu;

function isCapsWord(word: string): boolean {
  const bare = word.replace(/^[*_“"(]+|[*_”")]+$/gu, '');
  return CAPS_WORD.test(bare) && (bare.match(LETTERS)?.length ?? 0) >= 2;
}

/**
 * Breaks around runs of capitals: "... ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH" / "KẾ HOẠCH" / "Xét nghiệm ...". A run
 * of three words at least, or of two with a letter outside ASCII ("KẾ HOẠCH", not "UBND COVID"), is a line of
 * its own; acronyms in running text ("UBND tỉnh", "COVID-19") are single words.
 */
function breakCapsRuns(line: string): string {
  const words = line.split(' ');
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    // A one-letter word inside a run is of it: "SỞ Y TẾ".
    // A document's number ("Số" / "27-CT/HU CHỈ THỊ") opens no run: it stays on the line of its "Số".
    // Nor does its symbol after the number and a dash ("Số 11 - TB/BCĐ").
    const afterNumber = /^[-–/]$/u.test(words[i - 1] ?? '') && /^\d+$/u.test(words[i - 2] ?? '');
    const opensRun = !/^\d/u.test(words[i]) && !afterNumber;
    while (opensRun && j < words.length && (isCapsWord(words[j]) || (/^\p{Lu}$/u.test(words[j]) && isCapsWord(words[j + 1] ?? '')))) j++;
    // "THÔNG CÁO BÁO CHÍ SỐ 23": the number a title line names is on that line.
    if (j > i && j < words.length && /^S[ỐO]$/u.test(words[j - 1]) && /^\d/u.test(words[j])) j++;
    let run = words.slice(i, j);
    const title = titleAt(run);
    if (title > 0) {
      j = i + title;
      run = run.slice(0, title);
    }
    const isLine = run.length >= 3 || (run.length === 2 && /[^\x00-\x7f]/u.test(run.join('')));
    if (isLine) {
      // A section's number heads its title's line: "I. THÔNG TIN VỀ TRƯỜNG HỢP BỆNH".
      // Not an article's or a chapter's ("Chương I." / "QUY ĐỊNH CHUNG").
      const numbered = /^(?:[IVX]{1,4}|\d{1,2})\.$/u.test(out[out.length - 1] ?? '') && !PART_WORD.test(out[out.length - 2] ?? '');
      const number = numbered ? `${out.pop()} ` : '';
      out.push(`\n${number}${run.join(' ')}\n`);
      i = j;
    } else {
      out.push(words[i]);
      i++;
    }
  }
  return out.join(' ').replace(/ ?\n ?/gu, '\n');
}

/**
 * Titles no body's name holds, in capitals as a title prints them: in a run of capitals, the issuer's name ends
 * before one ("BAN CHỈ ĐẠO ... TỈNH PHÚ YÊN" / "THÔNG CÁO BÁO CHÍ SỐ 57"). Not after words that lead into
 * the title ("NỘI DUNG THÔNG BÁO", "THEO CHỈ THỊ").
 */
let titles: string[][] | null = null;
const TITLE_LEADS = new Set(['DUNG', 'THEO', 'VỀ', 'CỦA', 'VÀ', 'CÁC']);

/** The directive kinds' own words in capitals (document-kinds.json), but those an agency's name holds ("KẾ HOẠCH"). */
function titleWords(): string[][] {
  if (!titles) {
    const lex = defaultLexicons();
    const names = lex.agencies.agencies.map((a) => a.canonical.toUpperCase());
    titles = lex.documentKinds.kinds
      .filter((k) => k.directive)
      .map((k) => k.words[0].toUpperCase())
      .filter((t) => !names.some((n) => n.includes(t)))
      .map((t) => t.split(' '));
  }
  return titles;
}

/** Where a title starts in a run of capitals, after two words at least; 0 if none. */
function titleAt(run: string[]): number {
  for (let k = 2; k < run.length; k++) {
    if (TITLE_LEADS.has(run[k - 1])) continue;
    if (titleWords().some((t) => t.every((w, n) => run[k + n] === w))) return k;
  }
  return 0;
}

export function hasLostBreaks(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const longest = lines.reduce((a, l) => (l.length > a.length ? l : a), '');
  if (!isFlat(longest)) return false;
  if (lines.length <= MAX_LINES) return true;
  // Among other lines, a news paragraph may be as long: the run-on line must also hold lines of the genre.
  return longest.length >= FLAT_SHARE * text.length && innerOpenings(longest) >= 2;
}

/** A line long enough to be a text run on: long, or shorter but holding several lines of the genre. */
function isFlat(line: string): boolean {
  return line.length >= MIN_FLAT_LINE || (line.length >= MIN_SHORT_FLAT_LINE && innerOpenings(line) >= MIN_INNER_OPENINGS);
}

/** Header, closing, clause and list lines that start inside a line rather than at its start. */
function innerOpenings(line: string): number {
  const openers = [...line.matchAll(LINE_OPENERS)].filter((m) => (m.index ?? 0) > 0).length;
  return openers + [...line.matchAll(CLAUSE)].length + [...line.matchAll(DASH)].length;
}

export function restoreLostBreaks(text: string): string {
  if (!hasLostBreaks(text)) return text;
  return text
    .split('\n')
    .map((line) => {
      if (!isFlat(line)) return line;
      const opened = line
        .replace(LINE_OPENERS, (m, offset: number) => (offset > 0 ? `\n${m}` : m))
        .replace(MOTTO_END, '$1\n')
        .replace(CLAUSE, '\n')
        .replace(DASH, '\n')
        .replace(LEAD, '\n')
        .replace(newsLeadPattern(), '\n')
        .replace(POSTED, '\n$1\n');
      return opened
        .split('\n')
        .flatMap((l) => breakCapsRuns(l.trim()).split('\n'))
        .map((l) => (SUBJECT.test(l) ? l.replace(SUBJECT_END, '\n') : l).replace(DATELINE_END, '$1\n'))
        .join('\n');
    })
    .join('\n')
    .replace(/\n{2,}/gu, '\n')
    .trim();
}
