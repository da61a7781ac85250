// Rejoin paragraphs that the rendition cut into lines: page-width wraps of a scan, a paragraph split by a
// page break (blank line), markdown "  \n" breaks inside a list item. A line break survives only where the
// document itself breaks: before a list marker, around letterhead/heading lines, between paragraphs.
import { fold } from '../../text/fold';
import { parseMarker } from '../segment/markers';
import { WrapProfile, isFullLine } from './hard-wrap';
import { CELL, unmarkCells } from './table-cells';
import { endsSentence, endsWithWordHyphen, isCapsLine, NATIONAL_MOTTO, opensAddressees, opensOrdinalHeading, runningHeaderNumberAt, startsLowercase, startsWithWordChar } from './line-shape';
import { capitalsShare } from '../../text/char-class';
import { endsSpelling } from '../../text/numbers';

type Join = 'BREAK' | 'SPACE' | 'NOSPACE';

/** Lists whose lines are items, not wrapped prose: addressees and the distribution list. */
type Zone = 'BODY' | 'ADDRESSEES' | 'DISTRIBUTION';

// Lines that begin a block of their own even when the line before them fills the page width.
const BLOCK_OPENER = /^(?:kinh gui|noi nhan|can cu|v\s*\/\s*v\b|so\s*:?\s*\d|[\p{L} .]{2,40},\s*ngay\s+\d)/u;

// "COVID-19", "UBND", "1068/CĐ-TTg", "13/13": a token that can continue a sentence although it is not lower-case.
const ACRONYM_START = /^(?:\p{N}|\p{Lu}{2})/u;

const TABLE_ROW = /^\d{1,3}\s+\p{Lu}/u;
/** A row whose cells are still marked ("1 | Tiêm đủ 02 mũi | tối thiểu 80%"): two bars at least. */
const MARKED_ROW = /\|[^|]*\|/u;

const PARENTHETICAL = /^\([^()]{4,100}\)$/;

/** Words that leave their figure to come (folded): a bound ("quá", "tối đa", "trên") or "số" before a number. */
const BEFORE_FIGURE = /(?:^|\s)(?:qua|toi da|toi thieu|it nhat|tren|duoi|hon|so)$/u;

/** A line this long ending in a lower-case word is running text, not a letterhead or list line. */
const MIN_PROSE_LINE = 40;

interface Context {
  profile: WrapProfile;
  zone: Zone;
  /** The whole text is set in capitals, as a telegram is: a line of capitals says nothing of a heading. */
  capitals: boolean;
}

/** Only the end of the paragraph built so far matters; looking at a bounded tail keeps joining linear. */
const TAIL = 200;

/** The letterhead's motto line ("CỘNG HÒA ... - Độc lập - Tự do - Hạnh phúc"): long, and ending in lower case. */
const MOTTO_LINE = new RegExp(NATIONAL_MOTTO, 'u');

/** A prose line of the body that ends in a lower-case word, cut without a blank line before `next`. */
function cutBefore(start: RegExp, acc: string, next: string, blankLines: number, ctx: Context, paragraph: string): boolean {
  return (
    blankLines === 0 &&
    ctx.zone === 'BODY' &&
    start.test(next) &&
    /\p{Ll}$/u.test(acc) &&
    paragraph.length >= MIN_PROSE_LINE &&
    !MOTTO_LINE.test(fold(paragraph.slice(-TAIL)))
  );
}

function decide(paragraph: string, prev: string, next: string, blankLines: number, ctx: Context): Join {
  const acc = paragraph.slice(-TAIL);
  // "trong vòng hai mươi bốn" / "(24) giờ kể từ khi về": a figure spelled out, wrapped before its digits.
  const digits = /^\((\d{1,3})\)/u.exec(next);
  if (blankLines === 0 && digits && endsSpelling(acc, Number(digits[1]))) return 'SPACE';
  if (parseMarker(next)) return 'BREAK';
  // A line that is a parenthesis of its own under a title ("(số 48/TB-BCĐ ngày 12/7/2021)", "(Cập nhật đến
  // 17 giờ ngày 14/8/2021)") is a header line, not the rest of the line above.
  if (PARENTHETICAL.test(next)) return 'BREAK';
  // A dateline whose table cell wrapped after "ngày": "Đồng Tháp, ngày" / "20 tháng 8 năm 2021".
  if (/,\s*ngay$/.test(fold(acc.slice(-12))) && /^\d{1,2}(?:\s+thang\b|\s*[/.-]\s*\d)/.test(fold(next))) return 'SPACE';
  if (endsWithWordHyphen(acc) && startsWithWordChar(next)) return 'NOSPACE';
  // A numbered heading in capitals that filled the page's width goes on in capitals ("II. CÁC BIỆN PHÁP BAN
  // CHỈ ĐẠO TỈNH YÊU" / "CẦU"); a letterhead's lines carry no number.
  const capitalsOnly = /\p{Lu}/u.test(next) && !/\p{Ll}/u.test(next);
  if (blankLines === 0 && isCapsLine(prev) && capitalsOnly && parseMarker(prev) && isFullLine(prev, ctx.profile)) return 'SPACE';
  // In a text set all in capitals any sentence wraps so: a full line that did not end its sentence goes on.
  if (ctx.capitals && ctx.zone === 'BODY' && blankLines === 0 && capitalsOnly && isFullLine(prev, ctx.profile) && !endsSentence(acc)) return 'SPACE';
  if (isCapsLine(prev)) return 'BREAK';
  // A sentence cut before a document number ("theo Chỉ thị số" / "15/CT-TTg."): the number's codes make the
  // short line look like capitals, but no letterhead or heading line opens with a figure.
  // A table's row opens with a figure too: its ordinal ("1 Thành phố Cần Thơ 1.200"), or a marked cell.
  if (!TABLE_ROW.test(next) && !MARKED_ROW.test(next) && cutBefore(/^\p{N}/u, acc, next, blankLines, ctx, paragraph)) return 'SPACE';
  // However short the line, a word that asks for its figure goes on to it ("Không tụ tập quá" / "10 người ...").
  if (blankLines === 0 && ctx.zone === 'BODY' && /^\p{N}/u.test(next) && !TABLE_ROW.test(next) && !MARKED_ROW.test(next) && BEFORE_FIGURE.test(fold(acc.slice(-20)))) return 'SPACE';
  if (isCapsLine(next)) return 'BREAK';
  // A page's running header is a line of its own, whatever page of text follows it.
  if (runningHeaderNumberAt(prev) >= 0) return 'BREAK';
  if (startsLowercase(next)) {
    // A sentence never starts in lower case in these documents, so this continues the previous line; across
    // a blank line only when the previous line did not end its sentence (a page break mid-sentence).
    return blankLines === 0 || !endsSentence(acc) ? 'SPACE' : 'BREAK';
  }
  // A table laid out with spaces: each row opens with its ordinal and a name ("2 Huyện An Phú 90 150"), under
  // a heading row ("TT Đơn vị Số chỗ") or another row. It is no sentence cut before a number.
  if (TABLE_ROW.test(next) && (TABLE_ROW.test(prev) || opensOrdinalHeading(prev))) return 'BREAK';
  if (MARKED_ROW.test(next) && MARKED_ROW.test(prev)) return 'BREAK';
  // Without a measurable page width: a sentence cut before a number or acronym ("Công điện số\n1068/CĐ-TTg").
  if (cutBefore(ACRONYM_START, acc, next, blankLines, ctx, paragraph)) return 'SPACE';
  if (ctx.zone !== 'BODY' || !isFullLine(prev, ctx.profile)) return 'BREAK';
  if (/:$/.test(acc) || BLOCK_OPENER.test(fold(next))) return 'BREAK';
  if (blankLines === 0) return 'SPACE';
  // A page break after a full line that did not end its sentence, continued by "COVID-19 trong..." or "UBND tỉnh...".
  return !endsSentence(acc) && ACRONYM_START.test(next) ? 'SPACE' : 'BREAK';
}

function zoneAfter(line: string, zone: Zone): Zone {
  const folded = fold(line).replace(/^[-–•*+]\s*/, '');
  if (folded.startsWith('noi nhan')) return 'DISTRIBUTION';
  if (opensAddressees(folded)) return 'ADDRESSEES';
  return zone;
}

/** Above this share of capitals among its letters a text is set in capitals. */
const CAPITALS_TEXT = 0.95;

export function joinLines(text: string, profile: WrapProfile): string {
  const ctx: Context = { profile, zone: 'BODY', capitals: profile.hardWrapped && capitalsShare(text) > CAPITALS_TEXT };
  let out = '';
  let acc: string | null = null;
  let prev = '';
  let blankLines = 0;

  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '') {
      if (acc !== null) blankLines++;
      continue;
    }
    // The addressee list ends at the first blank line; the distribution list runs to the end.
    if (blankLines > 0 && ctx.zone === 'ADDRESSEES') ctx.zone = 'BODY';
    if (acc === null) {
      acc = line;
    } else {
      // A table's cell is a line of its own, whatever the line before it.
      const join = line.startsWith(CELL) ? 'BREAK' : decide(unmarkCells(acc), unmarkCells(prev), line, blankLines, ctx);
      if (join === 'NOSPACE') acc += line;
      else if (join === 'SPACE') acc += ' ' + line;
      else {
        out += acc + (blankLines > 0 ? '\n\n' : '\n');
        acc = line;
      }
    }
    ctx.zone = zoneAfter(line, ctx.zone);
    prev = line;
    blankLines = 0;
  }
  return out + (acc ?? '');
}
