// segmentClauses(): the directive's numbered structure as spans of the cleaned text. The body starts at the
// first top-level item and stops before the closing formula; header, addressee list and preamble are not
// clauses. Nesting follows the order in which marker kinds appear ("1." > "(1)" > "-"), as Vietnamese
// administrative documents do, so no fixed hierarchy has to be assumed.
import type { ClauseSpan } from '../document';
import { fold } from '../../text/fold';
import { isCapsLine, opensAddressees, opensSubjectLine } from '../clean/line-shape';
import { ITEM_LETTERS } from '../../text/numbers';
import { ARTICLE, Marker, MarkerType, isBullet, parseMarker } from './markers';
import { TextLine, nonBlankLines } from './lines';
import { isClosingLine, isClosingParagraph, isDistributionLine } from './closing';
import { attachmentStart } from './attachments';

/** A prose paragraph at least this long before a list shows that the list belongs to the body. */
const MIN_PREAMBLE_LINE = 80;
/** A sentence of three words or more that ends in a colon: it introduces the list under it. */
const LEAD_IN = /^\S+(?:\s+\S+){2,}:\s*$/u;

interface Open {
  ordinal: number;
  type: MarkerType;
  value: number | null;
}

/** "(1) Đối tượng...; (2) Đối tượng..." on one line is an enumeration inside a sentence, not a clause. */
function isInlineEnumeration(line: string, marker: Marker): boolean {
  if (marker.value === null || !['PAREN', 'NUMPAREN', 'ALPHA'].includes(marker.type)) return false;
  const next = marker.value + 1;
  const rest = line.slice(marker.label.length);
  if (marker.type === 'PAREN') return rest.includes(`(${next})`);
  if (marker.type === 'NUMPAREN') return new RegExp(String.raw`[\s;,]${next}\)\s`).test(rest);
  const letter = ITEM_LETTERS[next - 1];
  return letter !== undefined && new RegExp(String.raw`[\s;,]\(?${letter}[)/]\s`, 'u').test(rest);
}

function lineMarker(line: TextLine): Marker | null {
  const marker = parseMarker(line.text);
  return marker && !isInlineEnumeration(line.text, marker) ? marker : null;
}

function isAddresseeLine(line: TextLine): boolean {
  return opensAddressees(fold(line.text));
}


function findBodyStart(all: TextLine[]): number {
  // The distribution list's items ("Nơi nhận:" / "- Như Điều 3;") open no body.
  const distribution = all.findIndex((l) => isDistributionLine(l.text));
  const lines = distribution < 0 ? all : all.slice(0, distribution);
  const numbered = (l: TextLine, first: boolean): boolean => {
    const m = lineMarker(l);
    return !!m && (m.type === 'ARABIC' || m.type === 'ROMAN' || m.type === 'PART') && (!first || m.value === 1);
  };
  let i = lines.findIndex((l) => numbered(l, true));
  if (i < 0) i = lines.findIndex((l) => numbered(l, false));
  if (i >= 0) return i;
  // Bullets only: the body's list is the first one after a real prose paragraph, or a lead-in ending in a colon
  // ("Ủy ban nhân dân tỉnh yêu cầu:"), which the addressee list ("Kính gửi: - ...") never follows. A subject line
  // is no prose however long ("V/v tạm dừng các lễ hội ... do chủng mới của vi rút Corona gây ra").
  const prose = lines.findIndex(
    (l) => (l.text.length >= MIN_PREAMBLE_LINE || LEAD_IN.test(l.text)) && !lineMarker(l) && !isCapsLine(l.text) && !isAddresseeLine(l) && !opensSubjectLine(fold(l.text.trimStart())),
  );
  if (prose < 0) return -1;
  return lines.findIndex((l, k) => k > prose && lineMarker(l) !== null);
}

function findBodyEnd(lines: TextLine[], start: number): number {
  let end = lines.findIndex((l, k) => k > start && isClosingLine(l.text));
  if (end < 0) end = lines.length;
  let lastMarked = start;
  for (let k = start; k < end; k++) if (lineMarker(lines[k])) lastMarked = k;
  for (let k = lastMarked + 1; k < end; k++) if (isClosingParagraph(lines[k].text)) return k;
  return end;
}

/** Accept a marker only where it continues or opens a list: "3." after "2.", "(1)" opening a sub-list. */
function accepts(marker: Marker, stack: Open[]): boolean {
  if (marker.value === null) return true;
  const same = stack.find((o) => o.type === marker.type);
  if (!same) return marker.value <= 2; // a lost "(1)" in OCR still opens the list at "(2)"
  const previous = same.value ?? 0;
  return marker.value === previous + 1 || marker.value === previous + 2;
}

/** The marker of the first line after `from` (up to `end`) that opens an item of `type`, if any. */
function nextOfKind(lines: TextLine[], from: number, end: number, type: MarkerType): Marker | null {
  for (let k = from + 1; k < end; k++) {
    const marker = lineMarker(lines[k]);
    if (marker?.type === type) return marker;
  }
  return null;
}

/**
 * The clauses of the text, then those of a document attached after its signature ("QUY ĐỊNH ... (Ban hành kèm
 * theo Quyết định số ...)", attachments.ts), each part segmented on its own.
 */
export function segmentClauses(text: string): ClauseSpan[] {
  const attached = attachmentStart(text);
  const lines = nonBlankLines(text);
  if (attached === null) return segmentLines(lines, 0);
  const own = segmentLines(lines.filter((l) => l.start < attached), 0);
  return [...own, ...segmentLines(lines.filter((l) => l.start >= attached), own.length)];
}

function segmentLines(lines: TextLine[], firstOrdinal: number): ClauseSpan[] {
  const start = findBodyStart(lines);
  if (start < 0) return [];
  const end = findBodyEnd(lines, start);

  const clauses: ClauseSpan[] = [];
  const stack: Open[] = [];
  const extend = (upTo: number, to: number): void => {
    for (let k = 0; k < upTo; k++) clauses[stack[k].ordinal - firstOrdinal].end = to;
  };

  // The body's first item opens its list whatever its number when the next item of its kind follows it: an
  // excerpt or a reprint that lost its first page starts at "5." ("... nêu rõ: 5. Sở Y tế ...; 6. Công an ...").
  // A lone number at a line's start is more likely a wrapped sentence's ("... trong năm\n2021. Để ...").
  // Only a number no list opens at ("5.") needs the look ahead.
  const opening = lineMarker(lines[start]);
  const opensAnywhere = opening !== null && opening.value !== null && !accepts(opening, []) && nextOfKind(lines, start, end, opening.type)?.value === opening.value + 1;
  for (const line of lines.slice(start, end)) {
    const marker = lineMarker(line);
    if (marker && (accepts(marker, stack) || (opensAnywhere && clauses.length === 0 && line === lines[start]))) {
      const same = stack.findIndex((o) => o.type === marker.type);
      if (same >= 0) stack.length = same; // a sibling closes the previous item and everything inside it
      const parent = stack[stack.length - 1];
      const clause: ClauseSpan = {
        ordinal: firstOrdinal + clauses.length,
        label: marker.label,
        depth: stack.length + 1,
        parentOrdinal: parent ? parent.ordinal : null,
        start: line.start,
        end: line.end,
      };
      clauses.push(clause);
      stack.push({ ordinal: clause.ordinal, type: marker.type, value: marker.value });
      extend(stack.length, line.end);
    } else if (ARTICLE.test(line.text)) {
      // "Điều 2. Thời gian thực hiện: ..." after "Điều 1." and its items: a new article closes them all.
      stack.length = 0;
    } else if (stack.length > 0) {
      // A bullet holds one paragraph; an unmarked paragraph after it continues the enclosing numbered item.
      while (stack.length > 1 && isBullet(stack[stack.length - 1].type)) stack.pop();
      extend(stack.length, line.end);
    }
  }
  return clauses;
}
