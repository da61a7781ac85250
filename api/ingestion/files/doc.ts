// A Word 97-2003 document (.doc), as many provincial portals still attach to their posts. The file is a
// compound file (an archive of streams, read by SheetJS's cfb); its WordDocument stream holds the text in
// pieces, each 8-bit (Windows-1252) or UTF-16, that a table in the table stream puts in order (MS-DOC 2.4.1).
// The one JavaScript reader made for .doc (word-extractor) has had no release since 2021 and writes
// "undefined" for Word's optional hyphen, which a TCVN3 document's "ư" becomes: hence these few rules.
// Read as a Word document is (docx.ts): paragraphs in order, a table's cells one after another, so the
// letterhead's two cells give the issuer and its number, then the motto and the dateline. Text deleted with
// changes tracked is left out, as are a field's code (its result is kept), comments, notes and headers.
import CFB from 'cfb';
import { IngestionError } from '../errors';
import { partitionPoint } from '../../text/sorted';

/** FibBase (MS-DOC 2.5.2): the mark of a Word 97 or later file, and where its flags stand. */
const WORD_IDENT = 0xa5ec;
/** nFib of Word 97; Word 6.0 and 95 files have a smaller one and another layout. */
const WORD_97 = 0x00c1;
const F_ENCRYPTED = 0x0100;
/** Which of "0Table" and "1Table" is the table stream. */
const F_WHICH_TABLE = 0x0200;
/** Pairs of FibRgFcLcb97 (MS-DOC 2.5.6): character properties' bin table, and the pieces (Clx). */
const PLCF_BTE_CHPX = 12;
const CLX = 33;
/** A piece's fc with this bit is 8-bit text at fc / 2 (FcCompressed). */
const COMPRESSED = 0x40000000;
/** Character properties come in pages of 512 bytes (ChpxFkp). */
const FKP = 512;
/** sprmCFRMarkDel: the run is deleted text kept for tracked changes. */
const MARK_DELETED = 0x0800;

const FIELD_BEGIN = 0x13;
const FIELD_SEPARATOR = 0x14;
const FIELD_END = 0x15;

/** Word's marks as the text they stand for; other control characters (objects, note marks) stand for none. */
const MARKS: Record<number, string> = {
  0x09: '\t',
  // Paragraph, line, page or section, column break, and the end of a table cell or row: a new line.
  0x0d: '\n',
  0x0b: '\n',
  0x0c: '\n',
  0x0e: '\n',
  0x07: '\n',
  0x1e: '-',
  // The optional hyphen is U+00AD, which a TCVN3 font draws as "ư": cleaning tells which it is.
  0x1f: '\u00ad',
};

const cp1252 = new TextDecoder('windows-1252');

function damaged(why: string): IngestionError {
  return new IngestionError('DAMAGED', `the Word document cannot be read (${why})`);
}

interface Piece {
  /** Characters of the main text, from cp on. */
  cp: number;
  length: number;
  /** Where the piece's bytes start in the WordDocument stream, and bytes per character. */
  offset: number;
  width: 1 | 2;
}

/** The text of a .doc: its main story, with Word's marks read as lines and tabs. */
export function readDocText(bytes: Buffer): string {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    throw damaged('its compound file is cut short or damaged');
  }
  const word = streamOf(container, 'WordDocument');
  if (!word || word.length < 0x200) throw damaged('it has no WordDocument stream');
  if (word.readUInt16LE(0) !== WORD_IDENT) throw damaged('its WordDocument stream does not start as Word 97 and later write it');
  if (word.readUInt16LE(2) < WORD_97) {
    throw new IngestionError('NOT_TEXT', 'the file is a Word 6.0 or 95 document, which is not read: save it as .docx or PDF and send that');
  }
  const flags = word.readUInt16LE(0x0a);
  if (flags & F_ENCRYPTED) throw new IngestionError('ENCRYPTED', 'the Word document is protected by a password');
  const table = streamOf(container, flags & F_WHICH_TABLE ? '1Table' : '0Table');
  if (!table) throw damaged('its table stream is missing');

  try {
    // FibBase (32 bytes), then counted arrays: 16-bit words, 32-bit longs (ccpText is the fourth), offset pairs.
    const csw = word.readUInt16LE(32);
    const longs = 34 + csw * 2;
    const cslw = word.readUInt16LE(longs);
    const ccpText = word.readInt32LE(longs + 2 + 3 * 4);
    const pairs = longs + 2 + cslw * 4 + 2;
    const pair = (i: number) => ({ fc: word.readUInt32LE(pairs + i * 8), lcb: word.readUInt32LE(pairs + i * 8 + 4) });
    const pieces = piecesOf(table, pair(CLX), word.length);
    const deleted = deletedRuns(word, table, pair(PLCF_BTE_CHPX));
    return textOf(word, pieces, deleted, ccpText);
  } catch (error) {
    if (error instanceof IngestionError) throw error;
    throw damaged('a count or an offset in it points outside the file');
  }
}

function streamOf(container: CFB.CFB$Container, name: string): Buffer | null {
  const entry = CFB.find(container, name);
  return entry?.content ? Buffer.from(entry.content as Uint8Array) : null;
}

/** The pieces of the Clx (MS-DOC 2.9.38): Prc entries (formatting) to skip, then the piece table. */
function piecesOf(table: Buffer, clx: { fc: number; lcb: number }, streamLength: number): Piece[] {
  let at = clx.fc;
  const end = clx.fc + clx.lcb;
  while (at < end && table[at] === 0x01) at += 3 + table.readInt16LE(at + 1);
  if (table[at] !== 0x02) throw damaged('its piece table is missing');
  const lcb = table.readUInt32LE(at + 1);
  const plc = at + 5;
  // (n + 1) character positions, then n piece descriptors of 8 bytes.
  const n = (lcb - 4) / 12;
  if (!Number.isInteger(n) || n < 1 || plc + lcb > table.length) throw damaged('its piece table is malformed');
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cp = table.readUInt32LE(plc + i * 4);
    const length = table.readUInt32LE(plc + (i + 1) * 4) - cp;
    const fc = table.readUInt32LE(plc + (n + 1) * 4 + i * 8 + 2);
    const width = fc & COMPRESSED ? 1 : 2;
    const offset = width === 1 ? (fc & ~COMPRESSED) / 2 : fc;
    if (length < 0 || offset + length * width > streamLength) throw damaged('a piece of its text lies outside the file');
    pieces.push({ cp, length, offset, width });
  }
  return pieces;
}

/**
 * Byte ranges of the WordDocument stream that hold deleted text (tracked changes), from the character
 * properties' pages (PlcBteChpx and ChpxFkp, MS-DOC 2.8.6 and 2.9.44), sorted.
 */
function deletedRuns(word: Buffer, table: Buffer, bte: { fc: number; lcb: number }): [number, number][] {
  const runs: [number, number][] = [];
  if (bte.lcb < 12) return runs;
  const n = (bte.lcb - 4) / 8;
  for (let i = 0; i < n; i++) {
    const page = (table.readUInt32LE(bte.fc + (n + 1) * 4 + i * 4) & 0x3fffff) * FKP;
    if (page + FKP > word.length) throw damaged('a page of its character properties lies outside the file');
    const crun = word[page + FKP - 1];
    for (let r = 0; r < crun; r++) {
      const at = word[page + (crun + 1) * 4 + r] * 2;
      if (at === 0 || !isDeleted(word, page + at, page + FKP)) continue;
      runs.push([word.readUInt32LE(page + r * 4), word.readUInt32LE(page + (r + 1) * 4)]);
    }
  }
  return runs.sort((a, b) => a[0] - b[0]);
}

/** Whether a Chpx (its size, then its properties) marks its run deleted. */
function isDeleted(word: Buffer, at: number, limit: number): boolean {
  const end = Math.min(at + 1 + word[at], limit);
  for (let p = at + 1; p + 2 <= end; ) {
    const sprm = word.readUInt16LE(p);
    p += 2;
    // The operand's size is told by the sprm's top three bits (spra, MS-DOC 2.2.5.1).
    const spra = sprm >> 13;
    const size = spra === 6 ? 1 + word[p] : [1, 1, 2, 4, 2, 2, 0, 3][spra];
    if (sprm === MARK_DELETED) return word[p] !== 0;
    p += size;
  }
  return false;
}

function textOf(word: Buffer, pieces: Piece[], deleted: [number, number][], ccpText: number): string {
  const out: string[] = [];
  // Fields nest: "{ HYPERLINK ... }" holds its code, then after the separator its result, which is kept.
  const fields: boolean[] = [];
  for (const piece of [...pieces].sort((a, b) => a.cp - b.cp)) {
    const count = Math.min(piece.length, ccpText - piece.cp);
    if (count <= 0) continue;
    const raw = word.subarray(piece.offset, piece.offset + count * piece.width);
    const chars = piece.width === 1 ? cp1252.decode(raw) : raw.toString('utf16le');
    // A piece's bytes run forward, though pieces may lie anywhere in the stream.
    let d = partitionPoint(deleted, (run) => run[1] <= piece.offset);
    for (let k = 0; k < count; k++) {
      const byte = piece.offset + k * piece.width;
      while (d < deleted.length && deleted[d][1] <= byte) d++;
      if (d < deleted.length && deleted[d][0] <= byte) continue;
      const ch = chars[k];
      const code = ch.charCodeAt(0);
      if (code === FIELD_BEGIN) fields.push(false);
      else if (code === FIELD_SEPARATOR) {
        if (fields.length > 0) fields[fields.length - 1] = true;
      } else if (code === FIELD_END) fields.pop();
      else if (fields.every((result) => result)) out.push(code < 0x20 ? (MARKS[code] ?? '') : ch);
    }
  }
  return out.join('').replace(/\n+$/u, '\n');
}
