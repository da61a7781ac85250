// A local television's bulletin saved as SRT subtitles: numbered cues, each a timing line ("00:00:04,300 -->
// 00:00:09,850") over a line or two of speech, cut wherever the reader paused. Without the cue numbers and
// timings the speech is running text again, and the line joiner rejoins the sentences the cues cut.
const TIMING = /^\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*-->\s*\d{1,2}:\d{2}:\d{2}[,.]\d{1,3}\s*$/u;
const CUE_NUMBER = /^\s*\d{1,5}\s*$/u;
/** Cues a text must have to be subtitles rather than a text that quotes a timing. */
const MIN_CUES = 3;

export function unwrapSubtitles(text: string): string {
  const lines = text.split('\n');
  if (lines.filter((l) => TIMING.test(l)).length < MIN_CUES) return text;
  return lines
    .filter((line, i) => !TIMING.test(line) && !(CUE_NUMBER.test(line) && TIMING.test(lines[i + 1] ?? '')) && line.trim() !== '')
    .join('\n');
}
