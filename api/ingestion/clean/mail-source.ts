// A directive that arrives as a mail's source: an .eml saved from a mailbox, or "show original" copied. Its
// headers come first, then a body that MIME may have split into parts (the letter as text and as HTML, an
// attachment) and encoded ("=E1=BB=A6Y BAN" in quoted-printable, base64) in the charset it declares. The text
// is the fullest plain-text part, decoded; the HTML part only when there is no plain one. Headers and
// transfer encodings are read by libmime and libqp (nodemailer's), charsets by the platform's TextDecoder.
import libmime from 'libmime';
import { decode as decodeQuotedPrintable } from 'libqp';
import { nfc } from '../../text/fold';

/** A mail's source opens with headers: ASCII names, a colon, continuation lines indented. */
const HEADER_LINE = /^(?:[!-9;-~]+:|[ \t])/u;
const MIME_HEADERS = ['mime-version', 'content-type'];
const MESSAGE_HEADERS = ['from', 'to', 'subject', 'date'];
/** Parts nest (a forward inside a mixed message inside a signed one); deeper than this is not a mail. */
const MAX_DEPTH = 6;

interface Entity {
  headers: Record<string, string[]>;
  body: string;
}

interface TextPart {
  html: boolean;
  text: string;
}

function entity(source: string): Entity | null {
  const end = source.search(/\n[ \t]*\n/u);
  const head = end < 0 ? source : source.slice(0, end);
  if (!head.split('\n').every((line) => HEADER_LINE.test(line))) return null;
  return { headers: libmime.decodeHeaders(head), body: end < 0 ? '' : source.slice(end).replace(/^\n[ \t]*\n/u, '') };
}

function header(e: Entity, name: string): string {
  return (e.headers[name]?.[0] ?? '').trim();
}

function decodeBody(e: Entity, charset: string): string {
  const encoding = header(e, 'content-transfer-encoding').toLowerCase();
  // An 8-bit body was decoded with the rest of the file; an encoded one is bytes in the declared charset.
  if (encoding !== 'quoted-printable' && encoding !== 'base64') return e.body;
  const bytes = encoding === 'base64' ? Buffer.from(e.body.replace(/\s+/gu, ''), 'base64') : decodeQuotedPrintable(e.body);
  // Windows-1258 writes tones as combining marks: composed here, as every later step expects.
  try {
    return nfc(new TextDecoder(charset || 'utf-8').decode(bytes));
  } catch {
    return nfc(new TextDecoder('utf-8').decode(bytes));
  }
}

function textParts(source: string, depth: number): TextPart[] {
  const e = entity(source);
  if (!e || depth > MAX_DEPTH) return [];
  const contentType = libmime.parseHeaderValue(header(e, 'content-type') || 'text/plain');
  const type = contentType.value.toLowerCase();
  const boundary = contentType.params.boundary;
  if (type.startsWith('multipart/') && boundary) {
    // Lines before the first delimiter are the preamble, lines after the closing one the epilogue.
    const parts: string[][] = [];
    let part: string[] | null = null;
    for (const line of e.body.split('\n')) {
      const bare = line.trimEnd();
      const closing = bare === `--${boundary}--`;
      if (closing || bare === `--${boundary}`) {
        if (part) parts.push(part);
        part = closing ? null : [];
        if (closing) break;
      } else part?.push(line);
    }
    if (part) parts.push(part);
    return parts.flatMap((lines) => textParts(lines.join('\n'), depth + 1));
  }
  if (type === 'message/rfc822') return textParts(e.body, depth + 1);
  if (type !== 'text/plain' && type !== 'text/html') return [];
  let text = decodeBody(e, contentType.params.charset ?? '');
  if (contentType.params.format?.toLowerCase() === 'flowed') text = libmime.decodeFlowed(text, contentType.params.delsp?.toLowerCase() === 'yes');
  return [{ html: type === 'text/html', text }];
}

function isMailSource(text: string): boolean {
  const e = entity(text.trimStart());
  return e !== null && MIME_HEADERS.some((h) => h in e.headers) && MESSAGE_HEADERS.some((h) => h in e.headers);
}

export function unwrapMailSource(text: string): string {
  if (!isMailSource(text)) return text;
  const parts = textParts(text.trimStart(), 0);
  const plain = parts.filter((p) => !p.html);
  const candidates = plain.length > 0 ? plain : parts;
  if (candidates.length === 0) return text;
  return candidates.reduce((best, p) => (p.text.trim().length > best.text.trim().length ? p : best)).text;
}
