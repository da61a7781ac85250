// The same gold texts rendered as they reach us in other ways, to see how far extraction holds when only the
// rendering changes and the facts do not: hard wraps of a PDF layer, its pages numbered, a telegram in
// capitals, a database cell that lost the line breaks, line ends and spaces of other systems, a mail's quote
// marks, a content farm's lookalike letters, a text typed without Vietnamese marks, an OCR'd scan of a
// legacy-font print, a text in a legacy encoding's font copied without it (TCVN3, VNI) or typed in VIQR. Each is a pure function of the text;
// `npm run eval -- --render NAME` scores the texts so rendered against the same gold.
import { toTcvn3, toViqr, toVni } from '../text/legacy-encode';

/** Wraps prose lines at `width` columns as a PDF text layer does; table rows and aligned columns stay whole. */
function hardWrap(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (/\s{3,}|\||\t/u.test(line.trim())) return line;
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current !== '' && `${current} ${word}`.length > width) {
          out.push(current);
          current = word;
        } else current = current === '' ? word : `${current} ${word}`;
      }
      out.push(current);
      return out.join('\n');
    })
    .join('\n');
}

// A content farm's disguise: lower-case letters as small capitals or Cyrillic and Greek lookalikes, the
// tones left as combining marks ("Tһᴏ̂пɡ тɪп").
const DISGUISES: Readonly<Record<string, string>> = { a: 'ɑ', b: 'Ь', c: 'ᴄ', d: 'Ԁ', đ: 'ƌ', e: 'ᴇ', g: 'ɡ', h: 'һ', i: 'ɪ', k: 'ᴋ', m: 'ᴍ', n: 'п', o: 'ᴏ', p: 'ρ', r: 'г', s: 'ѕ', t: 'т', u: 'ᴜ', v: 'ᴠ', y: 'ʏ' };

/**
 * A scan of a legacy-font print read by OCR: the hook above is lost ("tỉnh" -> "tinh", "Sở" -> "So"); of every
 * three figures standing alone, one has its zeros read as the letter O and one its leading one as l, so long as a
 * real digit is left ("14 ngày" -> "l4 ngày", "100%" -> "1OO%", "10 người" -> "l0 người").
 */
function scanned(text: string): string {
  let figure = 0;
  const misread = (digits: string): string => {
    const n = figure++ % 3;
    const read = n === 0 ? digits.replace(/0/g, 'O') : n === 1 ? digits.replace(/^1/, 'l') : digits;
    return /\d/.test(read) ? read : digits;
  };
  return text
    .normalize('NFD')
    .replace(/\u0309/gu, '')
    .normalize('NFC')
    .replace(/(?<![\p{L}\p{N}\-/])\d{2,4}(?![\p{L}\p{N}])/gu, misread);
}

/**
 * A PDF's text layer page by page (pdftotext): prose wrapped at 75 columns and, every 30 lines, wherever the
 * sentence stands, the page's number alone on a centred line and a form feed before the next page.
 */
function paged(text: string): string {
  const lines = hardWrap(text, 75).split('\n');
  const out: string[] = [];
  let page = 1;
  lines.forEach((line, i) => {
    if (i > 0 && i % 30 === 0) {
      page++;
      out.push('', `${' '.repeat(36)}${page - 1}`, '');
      out.push(`\f${line}`);
    } else out.push(line);
  });
  return out.join('\n');
}

export const RENDERINGS: Readonly<Record<string, (text: string) => string>> = {
  'wrap-60': (t) => hardWrap(t, 60),
  capitals: (t) => t.toUpperCase(),
  'one-line': (t) => t.replace(/\s*\n\s*/gu, ' '),
  'double-spaced': (t) => t.replace(/\n/gu, '\n\n'),
  crlf: (t) => t.replace(/\n/gu, '\r\n'),
  cr: (t) => t.replace(/\n/gu, '\r'),
  nbsp: (t) => t.replace(/ /gu, '\u00a0'),
  nfd: (t) => t.normalize('NFD'),
  'mail-quote': (t) => t.replace(/^/gmu, '> '),
  indented: (t) => t.replace(/^/gmu, '    '),
  lookalikes: (t) => t.normalize('NFD').replace(/[a-zđ]/gu, (ch) => DISGUISES[ch] ?? ch),
  'no-marks': (t) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D'),
  scan: scanned,
  tcvn3: toTcvn3,
  vni: toVni,
  viqr: toViqr,
  paged,
};

export function renderingNamed(name: string): (text: string) => string {
  const render = RENDERINGS[name];
  if (!render) throw new Error(`unknown rendering "${name}"; known: ${Object.keys(RENDERINGS).join(', ')}`);
  return render;
}
