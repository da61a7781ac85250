// First stage of ingestion: turn the uploaded bytes into one canonical string, or refuse with a reason the
// uploader understands. Everything downstream may assume: non-empty, valid UTF-8, "\n" line ends, NFC.
// 8-bit files in the legacy Vietnamese encodings TCVN3 and VNI, and in Windows-1258 (Vietnamese Windows' "ANSI"),
// are converted to Unicode, not refused; so is UTF-16 with its byte order mark (Notepad's "Unicode").
import { IngestionError, sizeOverLimit } from './errors';
import { nfc } from '../text/fold';
import { type LegacyEncoding, decodeLegacyBytes } from '../text/legacy-encoding';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Share of control characters above which the file is treated as binary rather than damaged text. */
const MAX_CONTROL_SHARE = 0.02;

// C0 controls other than tab, line feed, vertical tab, form feed and carriage return (handled as layout), and DEL.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

export interface ReadSourceOptions {
  maxBytes?: number;
}

export interface SourceText {
  text: string;
  /** The 8-bit legacy encoding the bytes were converted from; null for UTF-8. */
  encoding: LegacyEncoding | null;
}

export function readSource(bytes: Buffer, options: ReadSourceOptions = {}): string {
  return readSourceText(bytes, options).text;
}

/** readSource, also telling whether the file was an 8-bit TCVN3, VNI or Windows-1258 file converted to Unicode. */
export function readSourceText(bytes: Buffer, options: ReadSourceOptions = {}): SourceText {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length === 0) throw new IngestionError('EMPTY', 'file is empty');
  // Size first: no point decoding 50 MB only to refuse it.
  if (bytes.length > maxBytes) {
    throw new IngestionError('TOO_LARGE', sizeOverLimit('file', bytes.length, maxBytes));
  }

  // Notepad's "Unicode" is UTF-16 after a byte order mark: its NUL bytes are the high halves of ASCII letters.
  const utf16 = utf16Encoding(bytes);
  const nul = utf16 ? -1 : bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestionError('NOT_TEXT', `file is not text: it contains a NUL byte at byte ${nul} (binary data)`);
  }

  let text: string;
  let encoding: LegacyEncoding | null = null;
  try {
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (utf16) throw new IngestionError('NOT_TEXT', `file is not text: it starts as ${utf16.toUpperCase()} and breaks off (an odd byte or a lone surrogate)`);
    // Old directives were typed in 8-bit Vietnamese fonts: such a file is text, in an encoding we can read.
    const legacy = decodeLegacyBytes(bytes);
    if (!legacy) {
      const at = firstInvalidUtf8Byte(bytes);
      throw new IngestionError('NOT_TEXT', `file is not UTF-8 text: invalid byte sequence at byte ${at}`);
    }
    ({ text, encoding } = legacy);
  }

  text = text.replace(/^\uFEFF/, '');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    const percent = Math.round((100 * controls) / text.length);
    throw new IngestionError('NOT_TEXT', `file is not text: ${percent}% of its characters are control characters`);
  }

  text = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u000B]/g, '\n')
    // A form feed is a page break in OCR/pdftotext output; cleaning rejoins paragraphs split across it.
    .replace(/\f/g, '\n\n')
    // A few stray controls are OCR or copy-paste debris: they cannot be quoted, so they go.
    .replace(CONTROL, '');

  if (text.trim() === '') throw new IngestionError('EMPTY', 'file contains only whitespace');
  return { text: nfc(text), encoding };
}

/** "utf-16le" or "utf-16be" when the bytes open with that byte order mark; null otherwise. */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else {
      return i;
    }
    if (i + need >= bytes.length) return i; // sequence truncated by the end of the file
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points above U+10FFFF are invalid too.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += need + 1;
  }
  return bytes.length;
}
