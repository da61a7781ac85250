// A directive kept in an outliner's or a documentation tool's source: AsciiDoc ("= Title", ":author: ...",
// "== I. MỤC TIÊU") or Org ("#+TITLE: ...", "* I. MỤC TIÊU", "** 1. Không tập trung ..."). The heading marks
// hide the section numbers that open the lines, and the attribute lines are the file's, not the text's: both
// go. Either markup is recognised by its own lines, so a markdown bullet ("* item") is never taken for Org.

const ASCIIDOC_HEADING = /^={1,6}[ \t]+(?=\S)/u;
const ASCIIDOC_ATTRIBUTE = /^:!?[\p{L}\p{N}_-]+!?:(?:[ \t].*)?$/u;
const ORG_HEADING = /^\*{1,8}[ \t]+(?=\S)/u;
const ORG_KEYWORD = /^#\+[A-Za-z_]+:/u;
const ORG_DEEP_HEADING = /^\*{2,8}[ \t]+\S/u;
const ORG_DRAWER = /^[ \t]*:(?:PROPERTIES|END|LOGBOOK):[ \t]*$/iu;
/** Headings a markup must show before its marks are read as its own. */
const MIN_HEADINGS = 2;

function count(lines: readonly string[], re: RegExp): number {
  return lines.filter((line) => re.test(line)).length;
}

export function unwrapOutlineMarkup(text: string): string {
  const lines = text.split('\n');
  if (count(lines, ASCIIDOC_HEADING) >= MIN_HEADINGS) {
    return lines.filter((line) => !ASCIIDOC_ATTRIBUTE.test(line)).map((line) => line.replace(ASCIIDOC_HEADING, '')).join('\n');
  }
  const org = count(lines, ORG_KEYWORD) > 0 || count(lines, ORG_DEEP_HEADING) >= MIN_HEADINGS;
  if (org && count(lines, ORG_HEADING) >= MIN_HEADINGS) {
    return lines
      .filter((line) => !ORG_KEYWORD.test(line) && !ORG_DRAWER.test(line))
      .map((line) => line.replace(ORG_HEADING, ''))
      .join('\n');
  }
  return text;
}
