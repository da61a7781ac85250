// A directive kept in an outliner's or a documentation tool's source: AsciiDoc ("= Title", ":author: ...",
// "== I. MỤC TIÊU", "[.text-center]", "ỦY BAN NHÂN DÂN +", ". item") or Org ("#+TITLE: ...", "* I. MỤC TIÊU",
// "** 1. Không tập trung ..."). The heading marks hide the section numbers that open the lines, and block
// attributes, delimiters and hard-break marks are the file's, not the text's: they go. Attribute lines stay
// (":so-hieu: 07/CT-UBND", Org's "#+SO_HIEU:" without its "#+"): where the letterhead is lost they are the
// document's record (metadata/record-fields.ts).
// AsciiDoc numbers ". item" lists when it prints them, so their items get their numbers ("1.", and "a)" for
// ".. item" under them). Either markup is recognised by its own lines, so a markdown bullet ("* item") is never
// taken for Org.
import { ITEM_LETTERS } from '../../text/numbers';

const ASCIIDOC_HEADING = /^={1,6}[ \t]+(?=\S)/u;
const ASCIIDOC_TITLE = /^=[ \t]+\S/u;
const ASCIIDOC_ATTRIBUTE = /^:!?[\p{L}\p{N}_-]+!?:(?:[ \t].*)?$/u;
/** "[.text-center]", "[cols="2a,3a"]", "|===", "====", "----": lines that shape blocks and print nothing. */
const ASCIIDOC_BLOCK_LINE = /^(?:\[[^\]\n]*\]|\|===|={4,}|-{4,}|\*{4,}|_{4,}|\.{4,})[ \t]*$/u;
/** " +" at a line's end: a hard line break. */
const ASCIIDOC_HARD_BREAK = /[ \t]\+[ \t]*$/u;
const ASCIIDOC_ITEM = /^(\.{1,2})[ \t]+(?=\S)/u;
const ORG_HEADING = /^\*{1,8}[ \t]+(?=\S)/u;
const ORG_KEYWORD = /^#\+[A-Za-z_]+:/u;
const ORG_DEEP_HEADING = /^\*{2,8}[ \t]+\S/u;
const ORG_DRAWER = /^[ \t]*:(?:PROPERTIES|END|LOGBOOK):[ \t]*$/iu;
/** Headings a markup must show before its marks are read as its own, or attribute lines under a title. */
const MIN_HEADINGS = 2;
const MIN_ATTRIBUTES = 2;

function count(lines: readonly string[], re: RegExp): number {
  return lines.filter((line) => re.test(line)).length;
}

function isAsciiDoc(lines: readonly string[]): boolean {
  if (count(lines, ASCIIDOC_HEADING) >= MIN_HEADINGS) return true;
  const first = lines.findIndex((line) => line.trim() !== '');
  return first >= 0 && ASCIIDOC_TITLE.test(lines[first]) && count(lines.slice(first + 1, first + 30), ASCIIDOC_ATTRIBUTE) >= MIN_ATTRIBUTES;
}

/** ". item" and ".. item" numbered as AsciiDoc prints them; a line that is no item, no blank and no continuation ends a list. */
function numberItems(lines: string[]): string[] {
  let top = 0;
  let sub = 0;
  return lines.map((line) => {
    const m = ASCIIDOC_ITEM.exec(line);
    if (m && m[1] === '.') {
      top++;
      sub = 0;
      return `${top}. ${line.slice(m[0].length)}`;
    }
    if (m) return `${ITEM_LETTERS[sub++ % ITEM_LETTERS.length]}) ${line.slice(m[0].length)}`;
    if (line.trim() !== '' && !/^[ \t]/u.test(line)) top = sub = 0;
    return line;
  });
}

export function unwrapOutlineMarkup(text: string): string {
  const lines = text.split('\n');
  if (isAsciiDoc(lines)) {
    return numberItems(
      lines
        .filter((line) => !ASCIIDOC_BLOCK_LINE.test(line))
        .map((line) => line.replace(ASCIIDOC_HEADING, '').replace(ASCIIDOC_HARD_BREAK, '')),
    ).join('\n');
  }
  const org = count(lines, ORG_KEYWORD) > 0 || count(lines, ORG_DEEP_HEADING) >= MIN_HEADINGS;
  if (org && count(lines, ORG_HEADING) >= MIN_HEADINGS) {
    return lines
      .filter((line) => !ORG_DRAWER.test(line))
      .map((line) => line.replace(ORG_HEADING, '').replace(/^#\+/u, ''))
      .join('\n');
  }
  return text;
}
