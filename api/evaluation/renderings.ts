// The same gold texts rendered as they reach us in other ways, to see how far extraction holds when only the
// rendering changes and the facts do not: hard wraps of a PDF layer, its pages numbered, a telegram in
// capitals, a database cell that lost the line breaks, line ends and spaces of other systems, a mail's quote
// marks, a content farm's lookalike letters, a text typed without Vietnamese marks, an OCR'd scan of a
// legacy-font print, a text in a legacy encoding's font copied without it (TCVN3, VNI) or typed in VIQR, and the
// containers a text arrives in (a forum thread's BBCode, a mail's source, Rich Text Format, a commit's diff, a
// database dump's INSERT, a portal's page saved whole from a browser). Each is a pure function of the text;
// `npm run eval -- --render NAME` scores the texts so rendered against the same gold.
import { escapeText } from 'entities';
import { encode as encodeQuotedPrintable, wrap } from 'libqp';
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

/**
 * A forum thread's BBCode source: the text quoted in the first post, its capitals lines bold and its dash items
 * list items, under the poster's remark, and a reader's reply with a figure of its own.
 */
function forumThread(text: string): string {
  const body = text
    .split('\n')
    .map((line) => (/^[-–]\s/u.test(line) ? `[*]${line.replace(/^[-–]\s*/u, '')}` : line.trim() !== '' && line === line.toUpperCase() && /\p{Lu}{4}/u.test(line) ? `[b]${line}[/b]` : line))
    .join('\n');
  return [
    'Diễn đàn › Thời sự › [Văn bản] văn bản mới',
    '#1 12/08/2021, 08:17 thanh_tam (Thành viên · Tham gia: 03/2016 · Bài viết: 2.311)',
    'Mình chép lại cho mọi người cùng đọc.',
    `[quote]${body}[/quote]`,
    '[url=https://example.gov.vn]Nguồn: Cổng TTĐT[/url]',
    'Thích (12) Trả lời',
    '#2 12/08/2021, 09:40 lan_nguyen: Cảm ơn bạn, phường em 3.500 người vẫn chưa được tiêm mũi 2.',
  ].join('\n');
}

/** A mail's source (.eml): the text as a quoted-printable plain part beside a base64 HTML part of its opening. */
function mailSource(text: string): string {
  const base64 = (s: string) => Buffer.from(s, 'utf8').toString('base64').replace(/.{76}/gu, '$&\n');
  return [
    'From: =?UTF-8?Q?V=C4=83n_th=C6=B0?= <vanthu@example.gov.vn>',
    'To: phongyte@example.gov.vn',
    `Subject: =?UTF-8?B?${Buffer.from('Văn bản mới', 'utf8').toString('base64')}?=`,
    'Date: Thu, 12 Aug 2021 08:15:02 +0700',
    'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset="UTF-8"',
    'Content-Transfer-Encoding: quoted-printable',
    '',
    wrap(encodeQuotedPrintable(Buffer.from(text, 'utf8')), 76),
    '--b1',
    'Content-Type: text/html; charset="UTF-8"',
    'Content-Transfer-Encoding: base64',
    '',
    base64(`<div>${text.slice(0, 300)}</div>`),
    '--b1--',
  ].join('\n');
}

/**
 * Rich Text Format as Word saves it: a font table, every UTF-16 code unit outside ASCII as "\uN?" (signed, so a
 * character outside the BMP is its two halves, "\u-10179?\u-8990?"), a paragraph a line.
 */
function richText(text: string): string {
  const unit = (code: number) => `\\u${code > 32767 ? code - 65536 : code}?`;
  const escape = (line: string) => line.split('').map((ch) => (ch.charCodeAt(0) > 127 ? unit(ch.charCodeAt(0)) : /[\\{}]/u.test(ch) ? `\\${ch}` : ch)).join('');
  return `{\\rtf1\\ansi\\ansicpg1258\\uc1{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs26\n${text.split('\n').map((line) => `${escape(line)}\\par`).join('\n')}\n}`;
}

/** A commit's unified diff that adds the text as a new file. */
function commitDiff(text: string): string {
  const lines = text.split('\n');
  return ['diff --git a/van-ban.txt b/van-ban.txt', 'new file mode 100644', 'index 0000000..3f2a1b9', '--- /dev/null', '+++ b/van-ban.txt', `@@ -0,0 +1,${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}

/** A database dump's INSERT of the text: one line, its breaks and quotes escaped. */
function sqlInsert(text: string): string {
  return `INSERT INTO van_ban (id, noi_dung) VALUES (1823, '${text.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'").replace(/\n/gu, '\\n')}');`;
}

/**
 * A portal's page saved whole from a browser: its head and scripts, a masthead and menu, the text's lines as the
 * article's paragraphs (pipe rows as the rows of one table, a markdown table's rule row dropped), a sidebar of
 * other documents and a footer.
 */
function portalPage(text: string): string {
  const lines = text.split('\n').filter((l) => l.trim() !== '' && !/^\s*\|?[\s:|-]+\|?\s*$/u.test(l));
  const title = escapeText(lines.find((l) => /\p{Ll}/u.test(l))?.slice(0, 90) ?? 'Văn bản');
  const row = (l: string) => `<tr>${l.replace(/^\s*\||\|\s*$/gu, '').split('|').map((c) => `<td>${escapeText(c.trim())}</td>`).join('')}</tr>`;
  const blocks: string[] = [];
  for (const [i, l] of lines.entries()) {
    if (!l.includes('|')) blocks.push(`<p>${escapeText(l)}</p>`);
    else if (i > 0 && lines[i - 1].includes('|')) blocks[blocks.length - 1] = blocks[blocks.length - 1].replace('</table>', `${row(l)}</table>`);
    else blocks.push(`<table>${row(l)}</table>`);
  }
  return [
    '<!DOCTYPE html>',
    `<html lang="vi"><head><meta charset="utf-8"><title>${title} - Cổng thông tin điện tử</title>`,
    '<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>',
    '<style>.menu li{display:inline}</style></head>',
    '<body><header><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ</div>',
    '<nav class="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/van-ban">Văn bản chỉ đạo, điều hành</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav></header>',
    '<main><div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/van-ban">Văn bản chỉ đạo, điều hành</a></div>',
    `<article class="detail"><div class="content">${blocks.join('\n')}</div></article></main>`,
    '<aside><h3>Văn bản mới</h3><ul><li><a href="/vb/1">Kế hoạch tổ chức Hội khỏe Phù Đổng năm 2023</a></li><li><a href="/vb/2">Thông báo tuyển dụng viên chức năm 2023</a></li></ul></aside>',
    '<footer><p>Cơ quan chủ quản: Văn phòng Ủy ban nhân dân. Điện thoại: 0210.3846.123. Email: banbientap@example.gov.vn</p></footer>',
    '</body></html>',
  ].join('\n');
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
  forum: forumThread,
  'mail-source': mailSource,
  rtf: richText,
  diff: commitDiff,
  'sql-insert': sqlInsert,
  'html-page': portalPage,
};

export function renderingNamed(name: string): (text: string) => string {
  const render = RENDERINGS[name];
  if (!render) throw new Error(`unknown rendering "${name}"; known: ${Object.keys(RENDERINGS).join(', ')}`);
  return render;
}
