import type { ClauseSpan } from '../document';
import type { Lexicons } from './lexicons';
import type { Hit, TextView } from './patterns';
import { cueHits, cueSets, hasInstructionCue, isBackground } from './strength';

// An instruction is a sentence, or a ";"-separated part of one, inside a body clause that orders, assigns
// or encourages something. Background ("Tuy nhiên, ...") and praise ("ghi nhận, biểu dương") sentences are
// not instructions, nor is a lead-in that only names who directs whom ("4. Ban Cán sự đảng UBND tỉnh lãnh
// đạo UBND tỉnh chỉ đạo:"); a lead-in's assignees are still passed down to the items below it.

export interface InstructionSpan extends Hit {
  /** Innermost clause holding the instruction. */
  clauseOrdinal: number;
  /** True for a lead-in such as "... chỉ đạo:", which is not itself a measure. */
  leadIn: boolean;
}

/** Where the distribution list ("Nơi nhận:") starts; agencies and references after it are not the body's. */
export function bodyEnd(folded: string): number {
  const m = /(^|\n)[\s\u00a0*_\-#]*noi[\s\u00a0]+nh[a-z]n[\s\u00a0]*:/u.exec(folded);
  return m ? m.index + m[1].length : folded.length;
}

/** The clause's own text: its span minus the spans of the clauses nested in it. */
export function ownSegments(clause: ClauseSpan, clauses: ClauseSpan[]): Hit[] {
  const children = clauses.filter((c) => c.parentOrdinal === clause.ordinal).sort((a, b) => a.start - b.start);
  const out: Hit[] = [];
  let pos = clause.start;
  for (const child of children) {
    if (child.start > pos) out.push({ start: pos, end: child.start });
    pos = Math.max(pos, child.end);
  }
  if (pos < clause.end) out.push({ start: pos, end: clause.end });
  return out;
}

/**
 * When the segmenter finds no numbered structure (a letter written as plain paragraphs), each body
 * paragraph stands in for a clause: the first long paragraph starts the body, the header lines before it
 * do not. Measures read from them carry no clause ordinal.
 */
export function paragraphClauses(text: string, end: number): ClauseSpan[] {
  const out: ClauseSpan[] = [];
  let started = false;
  let pos = 0;
  for (const line of text.slice(0, end).split('\n')) {
    const start = pos;
    pos += line.length + 1;
    if (!started && line.trim().length < 80) continue;
    started = true;
    if (line.trim().length === 0) continue;
    out.push({ ordinal: out.length, label: '', depth: 1, parentOrdinal: null, start, end: start + line.length });
  }
  return out;
}

const MARKER = /^[\s\u00a0*_#]*(?:\(?\d{1,2}[.)]|\(\d{1,2}\)|\(?[a-zđ]\)|[IVX]{1,4}\.|[-–•+*])[\s\u00a0*_]*/u;

/** Sentences of text[start, end): split at line breaks and at ".!?" followed by a capital or a digit. */
export function sentences(text: string, start: number, end: number): Hit[] {
  const out: Hit[] = [];
  const re = /\n+|(?<=[.!?])[\s\u00a0]+(?=[\p{Lu}\d“"(])/gu;
  let pos = start;
  const chunk = text.slice(start, end);
  for (const m of chunk.matchAll(re)) {
    const at = start + m.index;
    if (at > pos) out.push({ start: pos, end: at });
    pos = at + m[0].length;
  }
  if (pos < end) out.push({ start: pos, end });
  return out;
}

/** ";"-separated parts of a sentence, not splitting inside parentheses. */
export function parts(text: string, span: Hit): Hit[] {
  const out: Hit[] = [];
  let depth = 0;
  let pos = span.start;
  for (let i = span.start; i < span.end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      out.push({ start: pos, end: i });
      pos = i + 1;
    }
  }
  out.push({ start: pos, end: span.end });
  return out;
}

function trim(text: string, h: Hit): Hit {
  let { start, end } = h;
  while (start < end && /[\s\u00a0*_,.;]/.test(text[start])) start++;
  while (end > start && /[\s\u00a0*_,;]/.test(text[end - 1])) end--;
  return { start, end };
}

/** Every instruction of the body clauses, in document order. `skip` spans (agency names) hide their words. */
export function findInstructions(v: TextView, clauses: ClauseSpan[], lex: Lexicons, skip: Hit[], end = v.text.length): InstructionSpan[] {
  const { text } = v;
  const out: InstructionSpan[] = [];
  const cues = cueSets(lex);
  for (const clause of clauses) {
    if (clause.start >= end) continue;
    for (const seg of ownSegments(clause, clauses)) {
      let from = seg.start;
      if (from === clause.start) {
        const m = MARKER.exec(text.slice(from, Math.min(seg.end, from + 12)));
        if (m) from += m[0].length;
      }
      for (const sentence of sentences(text, from, Math.min(seg.end, end))) {
        let previous: InstructionSpan | null = null;
        for (const raw of parts(text, sentence)) {
          const p = trim(text, raw);
          if (p.end - p.start < 3) continue;
          if (isBackground(v, p.start, p.end, lex)) {
            previous = null;
            continue;
          }
          if (!hasInstructionCue(v, p.start, p.end, lex, skip)) {
            // A part without a verb continues the instruction before it ("...; chiến lược “...”").
            if (previous) previous.end = p.end;
            continue;
          }
          // A lead-in ends with ":" and orders nothing after its last delegation verb.
          let leadIn = false;
          if (/:\s*$/.test(text.slice(p.start, p.end))) {
            const delegations = cueHits(cues.delegation, v, p.start, p.end, skip);
            const last = delegations[delegations.length - 1];
            leadIn = !!last && cueHits(cues.actions, v, last.end, p.end, skip).length === 0;
          }
          previous = { ...p, clauseOrdinal: clause.ordinal, leadIn };
          out.push(previous);
        }
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
