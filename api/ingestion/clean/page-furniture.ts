// What a PDF, a print-out or a newspaper adds to every page: the page's number ("Trang 2/3", "[Trang 1/3]",
// "-- Trang 2/3 --", or the number alone before the page break), a footer or transmission line that ends with
// it ("Tệp PDF được tạo từ ... – trang 3/4", "VP UBND TINH ... 14:52 TRANG 01/02"), jump lines ("(Xem tiếp
// trang 4)"), a pager's prompt between screens (":file.txt lines 1-34/84 40%"), a copy's stamp ("SAO Y BẢN
// CHÍNH"), and the running header
// repeated on every page after the first. They cut
// sentences where pages break; without them the line joiner rejoins the sentence. The first running header
// stays: where the first page is lost it is the only header.
import { fold } from '../../text/fold';
import { endsSentence, PAGE_NUMBER_AT_END, runningHeaderNumberAt } from './line-shape';

const PAGE = String.raw`(?:trang|page)\s+\d{1,3}`;
const PAGE_ALONE = new RegExp(String.raw`^[-–—[(\s]*${PAGE}(?:\s*(?:/|of|tren)\s*\d{1,3})?[-–—\])\s]*$`, 'u');
const PAGE_AT_END = new RegExp(String.raw`\s${PAGE}\s*/\s*\d{1,3}\s*$`, 'u');
const JUMP_LINE = new RegExp(String.raw`^\((?:xem\s+)?tiep(?:\s+theo)?\s+(?:o\s+)?${PAGE}\)$`, 'u');
/** A terminal pager's prompt between screens: ":file.txt lines 1-34/84 40%", "--More--(40%)", "(END)". */
const PAGER_PROMPT = /^(?::\S*\s+lines\s+\d+-\d+\/\d+(?:\s+\d{1,3}%)?|-+\s*more\s*-+\s*(?:\(\d{1,3}%\))?|\(end\))$/u;

/** A certified copy's stamp read by OCR as a line of its own, wherever it fell: "SAO Y BẢN CHÍNH", "SAO LỤC". */
const COPY_STAMP = /^[-–—[(\s]*(?:sao y ban chinh|sao y|sao luc|ban sao)[-–—\])\s.:]*$/u;

/** A running header without its page's number, to know it again on the next page. */
const PAGE_NUMBER = new RegExp(PAGE_NUMBER_AT_END, 'u');
const withoutPageNumber = (folded: string) => folded.replace(PAGE_NUMBER, '');

/** A page's number alone on its line, as a PDF's text layer gives it: "2", "- 3 -". */
const BARE_NUMBER = /^[-–—\s]*(\d{1,3})[-–—\s]*$/u;

/** Lines of text a page holds at least: a table's ordinals, a line or two apart, number no pages. */
const MIN_PAGE_LINES = 10;

/**
 * The lines that number the pages of a PDF's text layer: each a number alone before a blank line (the page
 * break), a page of text after the one before, the numbers in page order from 1 or 2 ("2", "3", "4"). A
 * number alone elsewhere, or out of sequence, is the text's own: a table's ordinal one cell a line ("1",
 * "Huyện A", "500", "2", ...).
 */
function barePageNumbers(lines: string[]): Set<number> {
  const out = new Set<number>();
  let next: number | null = null;
  let since = 0;
  lines.forEach((line, i) => {
    const m = BARE_NUMBER.exec(line);
    if (!m || (lines[i + 1] ?? '').trim() !== '' || since < MIN_PAGE_LINES) {
      if (line.trim() !== '') since++;
      return;
    }
    const n = Number(m[1]);
    if (next === null ? n === 1 || n === 2 : n === next) {
      out.add(i);
      next = n + 1;
      since = 0;
    } else since++;
  });
  return out;
}

export function dropPageFurniture(text: string): string {
  const headers = new Set<string>();
  const lines = text.split('\n');
  const pageNumbers = barePageNumbers(lines);
  const kept: string[] = [];
  // After a page number dropped mid-sentence, the blank lines of its page break go too: the sentence goes on
  // on the next page, however its line opens ("tập trung" / "- 2 -" / "" / "14 ngày ...").
  let midSentence = false;
  lines.forEach((line, i) => {
    if (line.trim() === '' && midSentence) return;
    midSentence = false;
    if (isFurniture(line, pageNumbers.has(i), headers)) {
      const last = kept.findLastIndex((l) => l.trim() !== '');
      midSentence = last >= 0 && !endsSentence(kept[last].trim());
      if (midSentence) kept.length = last + 1;
      return;
    }
    kept.push(line);
  });
  return kept.join('\n');
}

/** Is the line a page's furniture: its number, a footer, a jump line, a pager's prompt, a repeated running header? */
function isFurniture(line: string, pageNumber: boolean, headers: Set<string>): boolean {
  if (pageNumber) return true;
  const folded = fold(line).trim().replace(/\s+/g, ' ');
  if (PAGE_ALONE.test(folded) || PAGE_AT_END.test(folded) || JUMP_LINE.test(folded) || PAGER_PROMPT.test(folded) || COPY_STAMP.test(folded)) return true;
  if (runningHeaderNumberAt(line) < 0) return false;
  const key = withoutPageNumber(folded);
  if (headers.has(key)) return true;
  headers.add(key);
  return false;
}
