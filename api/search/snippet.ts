import { searchText } from './normalise';

/** A piece of a snippet: words of the passage, highlighted when they match the query. */
export interface SnippetSegment {
  text: string;
  highlighted: boolean;
}

// Markers ts_headline puts around matches and between fragments. Control characters: ingestion
// removes them from every text (ingestion/source.ts), so they cannot be confused with its words.
const START = '\u0002';
const STOP = '\u0003';
const GAP = '\u0004';

// Up to two fragments of 12-30 words around the matches. ShortWord=0: Vietnamese syllables are
// short, and the default (3) would trim most of them from a fragment's edges.
export const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, FragmentDelimiter=${GAP}, MaxFragments=2, MaxWords=30, MinWords=12, ShortWord=0`;

const WORDS = /[\p{L}\p{N}]/u;

/**
 * Turns ts_headline's output into segments of the passage's own text. The headline is computed on
 * searchText(text), which differs from `text` only where a slash became a space, at the same
 * offsets: each fragment is found there and its segments are sliced from the original.
 */
export function snippetSegments(headline: string, text: string): SnippetSegment[] {
  const normalised = searchText(text);
  const segments: SnippetSegment[] = [];
  let shownUpTo = 0;
  for (const fragment of headline.split(GAP)) {
    const plain = fragment.replaceAll(START, '').replaceAll(STOP, '');
    let at = normalised.indexOf(plain, shownUpTo);
    if (at < 0) at = normalised.indexOf(plain);
    if (!plain || at < 0) continue; // ts_headline copies the text verbatim: a fragment is always found
    // Words left out are an ellipsis; what only separates two adjacent fragments is kept as it is.
    const gap = text.slice(shownUpTo, at);
    if (WORDS.test(gap)) segments.push({ text: segments.length ? ' … ' : '… ', highlighted: false });
    else if (segments.length) segments.push({ text: gap, highlighted: false });
    let position = at;
    fragment.split(START).forEach((part, index) => {
      // Every part after the first opens with a highlighted run closed by STOP.
      const [marked, rest] = index === 0 ? ['', part] : splitOnce(part, STOP);
      for (const [piece, highlighted] of [[marked, true], [rest, false]] as const) {
        if (!piece) continue;
        segments.push({ text: text.slice(position, position + piece.length), highlighted });
        position += piece.length;
      }
    });
    shownUpTo = Math.max(shownUpTo, at + plain.length);
  }
  if (segments.length && WORDS.test(text.slice(shownUpTo))) segments.push({ text: ' …', highlighted: false });
  return merge(segments);
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}

// ts_headline marks each matching word alone ("xét", "nghiệm"); words matched side by side read as
// one highlighted run ("xét nghiệm"), and neighbours of the same kind become one segment.
function merge(segments: SnippetSegment[]): SnippetSegment[] {
  const joined = segments.map((s, i) => {
    const between = !s.highlighted && /^\s+$/.test(s.text) && segments[i - 1]?.highlighted && segments[i + 1]?.highlighted;
    return between ? { ...s, highlighted: true } : s;
  });
  const out: SnippetSegment[] = [];
  for (const s of joined) {
    const last = out.at(-1);
    if (last && last.highlighted === s.highlighted) last.text += s.text;
    else out.push({ ...s });
  }
  return out;
}
