// Scans and PDFs come out of OCR/pdftotext with one printed line per text line ("hard-wrapped"): paragraphs
// are cut at the page width. Measuring that width tells a wrap (line filled to the margin) from a line that
// ends because its paragraph, heading or list item ends.

import { isDistributionLine } from '../segment/closing';

export interface WrapProfile {
  /** True when most lines are cut at a common page width. */
  hardWrapped: boolean;
  /** Typical printed line length (90th percentile), in characters. */
  width: number;
}

/** A line this close to the page width was cut by the margin, not by its author. */
export const FULL_LINE_SHARE = 0.8;

const MIN_LINES = 8;
const MIN_WIDTH = 40;
const MAX_WIDTH = 140;

export function measureWrap(text: string): WrapProfile {
  const all = text.split('\n').map((l) => l.trim());
  // The foot's lines (the distribution list, the signature) are short by nature, whatever the page's width.
  const foot = all.findIndex((l) => isDistributionLine(l));
  const raw = foot > 0 ? all.slice(0, foot) : all;
  const lengths = raw.filter((l) => l !== '').map((l) => l.length).sort((a, b) => a - b);
  if (lengths.length < MIN_LINES) return { hardWrapped: false, width: 0 };
  const width = lengths[Math.floor(lengths.length * 0.9)];
  if (width < MIN_WIDTH || width > MAX_WIDTH) return { hardWrapped: false, width };

  let full = 0;
  let fullFollowed = 0;
  raw.forEach((line, i) => {
    if (line.length < FULL_LINE_SHARE * width) return;
    full++;
    if ((raw[i + 1] ?? '') !== '') fullFollowed++;
  });
  // Most lines fill the width, and most of those run on into the next line without a blank between them.
  const hardWrapped = full / lengths.length >= 0.4 && fullFollowed / Math.max(full, 1) >= 0.5;
  return { hardWrapped, width };
}

export function isFullLine(line: string, profile: WrapProfile): boolean {
  return profile.hardWrapped && line.length >= FULL_LINE_SHARE * profile.width;
}
