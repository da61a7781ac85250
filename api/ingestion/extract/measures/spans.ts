import type { Hit, TextView } from '../../phrases/patterns';

// Small span helpers shared by the measure rules.

export function overlapsAny(h: Hit, spans: Hit[]): boolean {
  for (const s of spans) if (h.start < s.end && s.start < h.end) return true;
  return false;
}

/** Spans inside parentheses within [start, end): examples or asides ("(khu vực đô thị, ..., hải đảo)"). */
export function parentheses(text: string, start: number, end: number): Hit[] {
  const out: Hit[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    if (text[i] === '(' && open < 0) open = i;
    else if (text[i] === ')' && open >= 0) {
      out.push({ start: open, end: i + 1 });
      open = -1;
    }
  }
  return out;
}

/**
 * "với", "của", "cho" (and "các" after them) before a body or group: a counterpart, not what the order is about.
 * "đối với" names whom the order governs, no counterpart.
 */
const COUNTERPART = /(?:^|[\s\u00a0])(?:(?<!doi[\s\u00a0]+)voi|cua|cho|cung|theo|tai|den)(?:[\s\u00a0]+(?:cac|nhung))?[\s\u00a0]+$/u;

/** Whether the words just before `at` (not before `from`) make what stands there a counterpart. */
export function isCounterpart(v: TextView, from: number, at: number): boolean {
  return COUNTERPART.test(v.folded.slice(Math.max(from, at - 14), at));
}

/** "F1 đã tiêm đủ liều vắc xin: cách ly ...": a label of at most eight words before a ":" that is not the end. */
export function labelEnd(text: string, start: number, end: number): number | null {
  const colon = text.indexOf(':', start);
  if (colon < 0 || colon >= end) return null;
  if (text.slice(colon + 1, end).trim().length < 10) return null;
  const words = text.slice(start, colon).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length > 0 && words.length <= 8 ? colon : null;
}
