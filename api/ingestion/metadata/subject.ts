// The subject line (trích yếu): "V/v tiếp tục triển khai..." under the number of an official letter, the
// "về ..." line under a title ("THÔNG BÁO ... / về sơ kết chiến dịch..."), or a portal article's headline.
// The value drops the leading "V/v", "về việc" or "về": it is what the directive is about.
import type { Known } from '../../domain/directive';
import { fold } from '../../text/fold';
import { isCapsLine } from '../clean/line-shape';
import { ARTICLE_DATELINE } from '../clean/portal-vocabulary';
import { Reading, foldedLine } from '../reading';
import { known, unknown } from './known';
import { datelinePlace } from './dates';
import { directiveTitle } from '../lexicons/document-kinds';

// Lines under a title that are not its subject: number (in brackets too), dateline, addressees.
const NOT_SUBJECT = /^\(?(?:so\b|kinh gui\b|can cu\b|[\p{L} .]{2,40},\s*ngay\s+\d)/u;

/** "của Ban Thường vụ Tỉnh ủy": the line of a Party title that names its issuer, folded. */
const ISSUER_LINE = /^cua\s/u;
/** That line run into the subject's "về ...", folded: what to skip. */
const ISSUER_THEN_SUBJECT = /^cua\s.{3,80}?\sve\s+(?:viec\s+)?/u;

const SUBJECT_PREFIX = /^(?:[-•]\s*)?(?:v\s*\/\s*v\s*[:.]?\s*(?:ve viec\s+)?|ve viec\s*:?\s+|ve\s+)/;

export function extractSubject(reading: Reading): Known<string> {
  // A two-column header whose columns were run together puts the dateline after the subject on its row
  // ("V/v tăng cường phòng, chống dịch Bắc Giang, ngày 12 tháng 8 năm 2021"): the subject ends at its place.
  const dateline = datelinePlace(reading);
  for (const line of reading.header) {
    const m = SUBJECT_PREFIX.exec(foldedLine(reading, line));
    if (!m || line.text.length === m[0].length) continue;
    const start = line.start + m[0].length;
    const end = dateline && dateline.start > start && dateline.start < line.end ? dateline.start : line.end;
    const text = reading.text.slice(start, end).trimEnd();
    return known(text.trim(), { start, end: start + text.length });
  }

  // "THÔNG BÁO / Kết luận của Trưởng Ban Chỉ đạo tại cuộc họp ngày 02/9/2021": the first line in lower or
  // sentence case under the (capitals) title is the subject, even without "về".
  const header = reading.header;
  const TITLE = directiveTitle(reading.lex.documentKinds);
  const title = header.findIndex((l) => isCapsLine(l.text) && TITLE.test(foldedLine(reading, l)));
  if (title >= 0) {
    // "CHỈ THỊ / của Ban Thường vụ Tỉnh ủy / về tăng cường ...": a Party title names its issuer before the subject.
    const lines = header.slice(title + 1).filter((l) => !isCapsLine(l.text));
    const first = lines.length > 0 ? foldedLine(reading, lines[0]) : '';
    const line = ISSUER_LINE.test(first) && !ISSUER_THEN_SUBJECT.test(first) ? lines[1] : lines[0];
    if (line && !NOT_SUBJECT.test(foldedLine(reading, line))) {
      // The issuer's line run into the subject's: "của Ban Thường vụ Tỉnh ủy về tăng cường ...".
      const joined = ISSUER_THEN_SUBJECT.exec(foldedLine(reading, line));
      const start = line.start + (joined ? joined[0].length : 0);
      return known(reading.text.slice(start, line.end), { start, end: line.end });
    }
  }

  if (reading.format === 'PORTAL') {
    const headline = reading.header.find((l) => !ARTICLE_DATELINE.test(fold(l.text)));
    const dated = reading.header.some((l) => ARTICLE_DATELINE.test(fold(l.text)));
    if (headline && dated && !/[.:;]$/.test(headline.text) && !isCapsLine(headline.text)) {
      return known(headline.text, { start: headline.start, end: headline.end });
    }
  }

  return unknown('no "V/v" line, no "về ..." line under the title and no article headline');
}
