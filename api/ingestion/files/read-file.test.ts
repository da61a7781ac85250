import { createCanvas, loadImage } from '@napi-rs/canvas';
import UTIF from 'utif';
import { describeAnalysis } from '../../cli/extract';
import { strToU8, zipSync } from 'fflate';
import CFB from 'cfb';
import { imageOnlyPdf, letterDoc, letterDocx, letterOdt, letterPdf, letterText, scanPages } from '../../test/fixtures/letter';
import { analyse, analyseFile } from '../analyse';
import { IngestionError } from '../errors';
import { fileKind } from './file-kind';
import { toTcvn3, toWindows1258 } from '../../text/legacy-encode';

// Files made here from a directive written for the tests (test/fixtures/letter.ts): what each kind of file
// gives is compared with what the directive's text gives.

type Described = ReturnType<typeof describeAnalysis>;

/** Facts without their offsets, which differ between two texts of one directive. */
function withoutOffsets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOffsets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'start' && key !== 'end').map(([key, v]) => [key, withoutOffsets(v)]));
  }
  return value;
}

const metadataOf = (d: Described) => {
  const { number, kind, province, issuedOn, issuer, signer, subject } = d.directive;
  return { number, kind, province, issuedOn, issuer, signer, subject };
};

/** The metadata of the letter's text, and its facts without their offsets (`facts` the text's, unless given). */
function expectTheText(described: Described, facts: Described = fromText): void {
  expect(metadataOf(described)).toEqual(metadataOf(fromText));
  for (const kind of ['measures', 'targets', 'slogans', 'agencies', 'references'] as const) {
    expect([kind, withoutOffsets(described[kind])]).toEqual([kind, withoutOffsets(facts[kind])]);
  }
}

let fromText: Described;
let pdf: Buffer;
let scans: Buffer[];

beforeAll(async () => {
  fromText = describeAnalysis(analyse(letterText()));
  pdf = await letterPdf();
  scans = await scanPages(pdf);
}, 60_000);

async function rejection(bytes: Buffer): Promise<IngestionError> {
  try {
    await analyseFile(bytes);
  } catch (error) {
    if (error instanceof IngestionError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('a text file in the encodings Windows saves', () => {
  it('gives the same metadata and facts as UTF-8, saved as "Unicode" (UTF-16) or as Vietnamese "ANSI" (Windows-1258)', async () => {
    const text = letterText();
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    for (const [bytes, encoding] of [
      [utf16, null],
      [toWindows1258(text), 'WINDOWS_1258'],
    ] as const) {
      const analysis = await analyseFile(bytes);
      expect([analysis.origin.format, analysis.cleaned.encoding]).toEqual(['TEXT', encoding]);
      const described = describeAnalysis(analysis);
      expect(metadataOf(described)).toEqual(metadataOf(fromText));
      for (const kind of ['measures', 'targets', 'slogans', 'agencies', 'references'] as const) expect([kind, described[kind]]).toEqual([kind, fromText[kind]]);
    }
  });
});

describe('an OpenDocument text', () => {
  it('is told by the media type its archive stores first; a Word document or another archive is not one', () => {
    expect(fileKind(letterOdt())).toBe('ODT');
    expect(fileKind(letterDocx())).toBe('DOCX');
    expect(fileKind(Buffer.from(zipSync({ mimetype: [strToU8('application/epub+zip'), { level: 0 }], 'a.txt': strToU8('x') })))).toBe('TEXT');
  });

  it('gives the same metadata and the same facts as the text, without its tracked deletion or its comment', async () => {
    const fromOdt = await analyseFile(letterOdt());
    expect([fromOdt.origin.format, fromOdt.origin.pageStarts, fromOdt.origin.file?.pageCount]).toEqual(['ODT', null, 1]);
    expect(fromOdt.cleaned.text).not.toMatch(/99 ngày|77%/u);
    expectTheText(describeAnalysis(fromOdt));
  });

  it('is refused when damaged, or when its text would inflate beyond what a text can be', async () => {
    const odt = letterOdt();
    expect(await rejection(odt.subarray(0, 200))).toMatchObject({ code: 'DAMAGED' });
    const bomb = Buffer.from(zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': new Uint8Array(40 * 1024 * 1024) }));
    expect(await rejection(bomb)).toMatchObject({ code: 'DAMAGED', message: `the OpenDocument text cannot be read (its text would inflate to ${40 * 1024 * 1024} bytes)` });
  });
});

describe('a Word document', () => {
  it('is told by its archive holding word/document.xml; another archive or a text mentioning it is not one', () => {
    expect(fileKind(letterDocx())).toBe('DOCX');
    expect(fileKind(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toBe('TEXT');
    expect(fileKind(Buffer.from('PK word/document.xml'))).toBe('TEXT');
  });

  it('gives the same metadata and the same facts as the text, from its header and signature tables, edits tracked left out', async () => {
    const fromDocx = await analyseFile(letterDocx());
    expect([fromDocx.origin.format, fromDocx.origin.pageStarts, fromDocx.origin.file?.pageCount]).toEqual(['DOCX', null, 1]);
    // Its paragraph deleted with changes tracked and its link's code are no part of the letter.
    expect(fromDocx.cleaned.text).not.toMatch(/99 ngày|HYPERLINK/u);
    expect(fromDocx.cleaned.text).toContain('Thông điệp 5K của Bộ Y tế; dừng');
    expectTheText(describeAnalysis(fromDocx));
  });

  it('is refused when damaged, when its text would inflate beyond what a text can be, and when a password protects it', async () => {
    const docx = letterDocx();
    expect((await rejection(docx.subarray(0, docx.length >> 1))).code).toBe('DAMAGED');
    const bomb = Buffer.from(zipSync({ 'word/document.xml': new Uint8Array(40 * 1024 * 1024) }));
    expect(await rejection(bomb)).toMatchObject({ code: 'DAMAGED', message: `the Word document cannot be read (its text would inflate to ${40 * 1024 * 1024} bytes)` });
    // Word wraps a protected .docx, encrypted, in a compound file.
    const wrapped = compoundFile({ EncryptionInfo: Buffer.alloc(200, 1), EncryptedPackage: Buffer.alloc(4096, 7) });
    expect(fileKind(wrapped)).toBe('LEGACY_OFFICE');
    expect(await rejection(wrapped)).toMatchObject({ code: 'ENCRYPTED', message: 'the Word document is protected by a password' });
  });
});

/** A compound file (Office 97-2003's container) holding the given streams. */
function compoundFile(streams: Record<string, Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, name, content);
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/** The .doc with its WordDocument stream changed by `edit`. */
function withWordStream(doc: Buffer, edit: (word: Buffer, table: Buffer) => Buffer | void): Buffer {
  const container = CFB.read(doc, { type: 'buffer' });
  const entry = (name: string) => CFB.find(container, name)!;
  const word = Buffer.from(entry('WordDocument').content as Uint8Array);
  const table = Buffer.from(entry('1Table').content as Uint8Array);
  const edited = edit(word, table) ?? word;
  entry('WordDocument').content = edited;
  entry('WordDocument').size = edited.length;
  entry('1Table').content = table;
  return Buffer.from(CFB.write(container, { type: 'buffer' }) as Uint8Array);
}

/**
 * The .doc with its text stored as Word stores text that Windows-1252 can hold: one byte a character at the end
 * of the stream, the piece's place doubled and flagged (FcCompressed), its runs' character properties (the
 * deletion's among them) moved with it. LibreOffice writes UTF-16 only; Word writes this.
 */
function withEightBitText(doc: Buffer): Buffer {
  return withWordStream(doc, (word, table) => {
    const longs = 34 + word.readUInt16LE(32) * 2;
    const pairs = longs + 2 + word.readUInt16LE(longs) * 4 + 2;
    const clx = word.readUInt32LE(pairs + 33 * 8);
    expect(table[clx]).toBe(0x02);
    const plc = clx + 5;
    const n = (table.readUInt32LE(clx + 1) - 4) / 12;
    const moves: { from: number; to: number; bytes: number }[] = [];
    const parts = [word];
    let end = word.length;
    for (let i = 0; i < n; i++) {
      const length = table.readUInt32LE(plc + (i + 1) * 4) - table.readUInt32LE(plc + i * 4);
      const descriptor = plc + (n + 1) * 4 + i * 8 + 2;
      const from = table.readUInt32LE(descriptor);
      const text = word.subarray(from, from + length * 2).toString('utf16le');
      expect([...text].every((ch) => ch.charCodeAt(0) < 0x100)).toBe(true);
      parts.push(Buffer.from(text, 'latin1'));
      table.writeUInt32LE(((end * 2) | 0x40000000) >>> 0, descriptor);
      moves.push({ from, to: end, bytes: length * 2 });
      end += length;
    }
    // Each page of character properties starts with the stream offsets of its runs.
    const bte = { fc: word.readUInt32LE(pairs + 12 * 8), lcb: word.readUInt32LE(pairs + 12 * 8 + 4) };
    const pages = (bte.lcb - 4) / 8;
    for (let i = 0; i < pages; i++) {
      const page = (table.readUInt32LE(bte.fc + (pages + 1) * 4 + i * 4) & 0x3fffff) * 512;
      for (let r = 0; r <= word[page + 511]; r++) {
        const fc = word.readUInt32LE(page + r * 4);
        const move = moves.find((m) => m.from <= fc && fc <= m.from + m.bytes);
        if (move) word.writeUInt32LE(move.to + (fc - move.from) / 2, page + r * 4);
      }
    }
    return Buffer.concat(parts);
  });
}

describe('a Word 97-2003 document (.doc)', () => {
  it('is told by the compound file holding a WordDocument stream; a workbook of those years is not one', () => {
    expect(fileKind(letterDoc())).toBe('DOC');
    expect(fileKind(compoundFile({ Workbook: Buffer.alloc(600, 1) }))).toBe('LEGACY_OFFICE');
  });

  it('gives the same metadata and facts as the text, without the text deleted with changes tracked or a link\'s code', async () => {
    const fromDoc = await analyseFile(letterDoc());
    expect([fromDoc.origin.format, fromDoc.origin.pageStarts, fromDoc.origin.file?.pageCount, fromDoc.origin.file?.mediaType]).toEqual(['DOC', null, 1, 'application/msword']);
    expect(fromDoc.cleaned.text).not.toMatch(/99 ngày|HYPERLINK/u);
    expect(fromDoc.cleaned.text).toContain('Thông điệp 5K của Bộ Y tế; dừng');
    expectTheText(describeAnalysis(fromDoc));
  });

  it('typed in a TCVN3 font, whose "ư" Word keeps as its optional hyphen, gives what its text gives, as UTF-16 or 8-bit text', async () => {
    // A TCVN3 font has no capital "Ủ": the letter's "Ủy ban" was typed "ủy ban", in the text as in the .doc.
    const fromTcvn3Text = describeAnalysis(analyse(Buffer.from(toTcvn3(letterText()), 'latin1')));
    expect(metadataOf(fromTcvn3Text)).toEqual(metadataOf(fromText));
    for (const doc of [letterDoc('tcvn3'), withEightBitText(letterDoc('tcvn3'))]) {
      const fromDoc = await analyseFile(doc);
      expect([fromDoc.origin.format, fromDoc.cleaned.encoding]).toEqual(['DOC', 'TCVN3']);
      expect(fromDoc.cleaned.text).toContain('Trưởng Ban Chỉ đạo');
      expect(fromDoc.cleaned.text).not.toContain('99 ngày');
      expectTheText(describeAnalysis(fromDoc), fromTcvn3Text);
    }
  });

  it('is refused when damaged, protected by a password, or written by Word 6.0 or 95, with its reason', async () => {
    const doc = letterDoc();
    // Its streams cut out: the header and the directory (the last sector) are left.
    const cut = Buffer.concat([doc.subarray(0, 512), doc.subarray(doc.length - 512)]);
    expect(await rejection(cut)).toMatchObject({ code: 'DAMAGED', message: 'the Word document cannot be read (its compound file is cut short or damaged)' });
    // The piece table claims text beyond the stream.
    const pieceOutside = withWordStream(doc, (word) => word.subarray(0, 0x400));
    expect(await rejection(pieceOutside)).toMatchObject({ code: 'DAMAGED' });
    const encrypted = withWordStream(doc, (word) => void word.writeUInt16LE(word.readUInt16LE(0x0a) | 0x0100, 0x0a));
    expect(await rejection(encrypted)).toMatchObject({ code: 'ENCRYPTED', message: 'the Word document is protected by a password' });
    const word95 = withWordStream(doc, (word) => void word.writeUInt16LE(0x0065, 2));
    expect(await rejection(word95)).toMatchObject({ code: 'NOT_TEXT', message: expect.stringContaining('Word 6.0 or 95 document') });
    const workbook = await rejection(compoundFile({ Workbook: Buffer.alloc(600, 1) }));
    expect(workbook).toMatchObject({ code: 'NOT_TEXT', message: expect.stringContaining('other than a Word document') });
  });
});

describe('a PDF with a text layer', () => {
  it('is told from a text by its first bytes', () => {
    expect(fileKind(pdf)).toBe('PDF');
    expect(fileKind(Buffer.from('Số: 27/TB-BCĐ %PDF-1.7'))).toBe('TEXT');
  });

  it('gives the same metadata and the same facts as the text', async () => {
    const fromPdf = describeAnalysis(await analyseFile(pdf));
    expect(fromText.directive).toMatchObject({ number: '27/TB-BCĐ', province: { code: 'VN-18' }, issuedOn: '2021-09-14', kind: 'THONG_BAO' });
    expectTheText(fromPdf);
    expect(fromPdf.rendition).toMatchObject({ originFormat: 'PDF_TEXT', ocrConfidence: null, pageStarts: [0] });
  });

  it('is refused with its reason when protected by a password, damaged or too long', async () => {
    expect(await rejection(await letterPdf(undefined, { password: 'secret' }))).toMatchObject({ code: 'ENCRYPTED' });
    const damaged = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x5a)]);
    expect(await rejection(damaged)).toMatchObject({ code: 'DAMAGED' });
    const long = await rejection(await letterPdf(undefined, { extraPages: 299 }));
    expect(long).toMatchObject({ code: 'TOO_LARGE', message: 'the PDF has 300 pages; the limit is 60' });
  }, 60_000);
});

describe('a scan', () => {
  it('as an image-only PDF, is read by OCR: the same number, date, province, targets and slogans', async () => {
    const progress: string[] = [];
    const fromScan = describeAnalysis(await analyseFile(await imageOnlyPdf(scans), { onProgress: (line) => progress.push(line) }));
    expect(progress[0]).toBe('1 page(s): no usable text layer, reading the pages by OCR');
    expect(progress[1]).toMatch(/^page 1\/1: OCR, \d+ letters, mean confidence \d+%$/);
    const { number, issuedOn, province, kind } = fromScan.directive;
    expect({ number, issuedOn, province, kind }).toEqual({ number: '27/TB-BCĐ', issuedOn: '2021-09-14', province: { code: 'VN-18' }, kind: 'THONG_BAO' });
    const figures = (d: Described) => d.targets.map((t) => [t.metric, t.value, t.unit]);
    expect(figures(fromScan)).toEqual(figures(fromText));
    expect(fromScan.slogans.map((s) => s.canonical)).toEqual(fromText.slogans.map((s) => s.canonical));
    expect(fromScan.rendition.originFormat).toBe('PDF_OCR');
    expect(fromScan.rendition.ocrConfidence).toBeGreaterThan(0.8);
    // OCR's doubt lowers the text's quality below the text layer's.
    expect(fromScan.rendition.quality).toBeLessThan(fromText.rendition.quality);
  }, 120_000);

  it('under a text layer of junk, is read by OCR, not from the junk', async () => {
    const junk = Array.from({ length: 120 }, (_, i) => ['Xq7', 'zPwv', 'Lkjt', 'Bvv', 'qqZx'][i % 5]).join(' ');
    const progress: string[] = [];
    const read = describeAnalysis(await analyseFile(await imageOnlyPdf(scans, { hiddenText: junk }), { onProgress: (line) => progress.push(line) }));
    // Not one of the junk's words is Vietnamese: the layer scores 0, as if it were not there.
    expect(progress[0]).toBe('1 page(s): no usable text layer, reading the pages by OCR');
    expect(read.directive.number).toBe('27/TB-BCĐ');
    expect(read.rendition.originFormat).toBe('PDF_OCR');
  }, 120_000);

  it("under a scanner's own OCR layer that lost the diacritics, is read again, by Tesseract's Vietnamese model", async () => {
    const unmarked = letterText().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const progress: string[] = [];
    const read = describeAnalysis(await analyseFile(await imageOnlyPdf(scans, { hiddenText: unmarked }), { onProgress: (line) => progress.push(line) }));
    expect(progress[0]).toMatch(/^1 page\(s\): the text layer reads poorly \(quality 0\.[0-5]\d\), reading the pages by OCR$/);
    expect(read.rendition.originFormat).toBe('PDF_OCR');
    expect(read.directive).toMatchObject({ number: '27/TB-BCĐ', province: { code: 'VN-18' } });
  }, 120_000);

  it('as a TIFF image of the header, gives the number, the date and the province', async () => {
    const page = await loadImage(scans[0]);
    const canvas = createCanvas(page.width, Math.round(page.height / 4));
    canvas.getContext('2d').drawImage(page, 0, 0);
    const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
    const tiff = Buffer.from(UTIF.encodeImage(new Uint8Array(rgba.buffer), canvas.width, canvas.height));
    expect(fileKind(tiff)).toBe('TIFF');
    const { number, issuedOn, province } = describeAnalysis(await analyseFile(tiff)).directive;
    expect({ number, issuedOn, province }).toEqual({ number: '27/TB-BCĐ', issuedOn: '2021-09-14', province: { code: 'VN-18' } });
  }, 120_000);

  it('that is no image at all is refused as damaged', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);
    expect(await rejection(png)).toMatchObject({ code: 'DAMAGED' });
  }, 60_000);
});
