// A PDF, a page image or a Word document to the text the pipeline reads: a PDF's text layer when it is
// usable, OCR of its rendered pages when it is missing or garbage (a scan, or fonts whose text maps to nothing
// readable), OCR of the image itself for PNG, JPEG and TIFF, a Word document's (.docx or .doc) or an OpenDocument
// text's paragraphs and table cells.
// The file is kept beside its rendition (see SourceFile).
import { createHash } from 'node:crypto';
import type { OriginFormat } from '../../domain/rendition';
import { clean } from '../clean';
import { IngestionError, sizeOverLimit } from '../errors';
import { cleanedTextQuality } from '../quality';
import { MEDIA_TYPE, type FileKind } from './file-kind';
import { readDocText } from './doc';
import { readDocxText } from './docx';
import { readOdtText } from './odt';
import { layOutPage } from './layout';
import { withOcr, type OcrPage } from './ocr';
import { readPdfText, renderPdfPages } from './pdf';

/** Files are larger than texts: a scanned page is a few hundred kilobytes. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Directives run to a few pages, their annexes to a few dozen; OCR takes a few seconds a page. */
export const MAX_PAGES = 60;
/** A text layer with fewer letters than this per page is a scan's (or an empty one). */
const MIN_LETTERS_PER_PAGE = 40;
/**
 * A text layer whose cleaned text scores this well (see quality.ts) is used as it is. Below, the pages are
 * also read by OCR and the better-scoring text wins: a scanner's own OCR layer often lost the diacritics,
 * and fonts without a Unicode map leave junk.
 */
const GOOD_TEXT_LAYER_QUALITY = 0.8;

/** The stream an encrypted Office Open XML file keeps its package in (MS-OFFCRYPTO), as the directory names it. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

export interface SourceFileData {
  checksum: string;
  mediaType: string;
  bytes: Buffer;
  pageCount: number;
}

export interface FileText {
  /** The pages' texts, joined by form feeds (a page break, as pdftotext writes it). */
  text: string;
  /** Empty for a Word document, which has no fixed pages. */
  pageTexts: string[];
  originFormat: Exclude<OriginFormat, 'TEXT'>;
  /** Mean OCR confidence of the words read, 0 to 1; null for a text layer. */
  ocrConfidence: number | null;
  file: SourceFileData;
}

export interface ReadFileOptions {
  maxBytes?: number;
  maxPages?: number;
  /** Called with one line per page read, for a command line's progress. */
  onProgress?: (line: string) => void;
}

export async function readFileText(bytes: Buffer, kind: Exclude<FileKind, 'TEXT'>, options: ReadFileOptions = {}): Promise<FileText> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  if (bytes.length > maxBytes) throw new IngestionError('TOO_LARGE', sizeOverLimit('file', bytes.length, maxBytes));
  const progress = options.onProgress ?? (() => {});
  const limits = { maxPages: options.maxPages ?? MAX_PAGES };
  const file = (pageCount: number): SourceFileData => ({ checksum: createHash('sha256').update(bytes).digest('hex'), mediaType: MEDIA_TYPE[kind], bytes, pageCount });

  if (kind === 'LEGACY_OFFICE') {
    // A .docx saved with a password is wrapped, encrypted, in a compound file.
    if (bytes.includes(ENCRYPTED_PACKAGE)) throw new IngestionError('ENCRYPTED', 'the Word document is protected by a password');
    throw new IngestionError('NOT_TEXT', 'the file is an Office 97-2003 file other than a Word document (a workbook or a presentation), which is not read: send the directive as a text, a PDF or a Word document');
  }
  if (kind === 'DOC') {
    const text = readDocText(bytes);
    progress('Word 97-2003 document: paragraphs and table cells read');
    return { text, pageTexts: [], originFormat: 'DOC', ocrConfidence: null, file: file(1) };
  }
  if (kind === 'DOCX') {
    const text = await readDocxText(bytes);
    progress('Word document: paragraphs and table cells read');
    return { text, pageTexts: [], originFormat: 'DOCX', ocrConfidence: null, file: file(1) };
  }
  if (kind === 'ODT') {
    const text = readOdtText(bytes);
    progress('OpenDocument text: paragraphs and table cells read');
    return { text, pageTexts: [], originFormat: 'ODT', ocrConfidence: null, file: file(1) };
  }
  if (kind !== 'PDF') {
    const page = await withOcr(1, (read) => read(bytes));
    progress(`page 1/1: OCR, ${describeConfidence(page)}`);
    if (page.letters === 0) throw new IngestionError('EMPTY', 'no text was found in the image');
    return { ...joinPages([layOutPage(page.boxes, { firstPage: true })]), originFormat: 'IMAGE_OCR', ocrConfidence: page.confidence, file: file(1) };
  }

  const layer = await readPdfText(bytes, limits);
  const layerTexts = layer.pages.map((page) => layOutPage(page.boxes, { firstPage: page.number === 1 }));
  const fromLayer = (): FileText => ({ ...joinPages(layerTexts), originFormat: 'PDF_TEXT', ocrConfidence: null, file: file(layer.pageCount) });
  const layerQuality = textLayerQuality(layerTexts);
  if (layerQuality >= GOOD_TEXT_LAYER_QUALITY) {
    progress(`${layer.pageCount} page(s): text layer`);
    return fromLayer();
  }

  progress(
    layerQuality > 0
      ? `${layer.pageCount} page(s): the text layer reads poorly (quality ${layerQuality.toFixed(2)}), reading the pages by OCR`
      : `${layer.pageCount} page(s): no usable text layer, reading the pages by OCR`,
  );
  const pages = await withOcr(layer.pageCount, async (read) => {
    const reading: Promise<OcrPage>[] = [];
    // Pages are recognised while later ones are still being rendered.
    await renderPdfPages(bytes, limits, (number, png) => {
      const page = read(png).then((result) => {
        progress(`page ${number}/${layer.pageCount}: OCR, ${describeConfidence(result)}`);
        return result;
      });
      // Handled below by Promise.all; until then a failure must not count as an unhandled rejection.
      page.catch(() => undefined);
      reading.push(page);
    });
    return Promise.all(reading);
  });
  const letters = pages.reduce((sum, p) => sum + p.letters, 0);
  if (letters === 0) throw new IngestionError('EMPTY', 'the PDF has no text layer and no text was found on its pages');
  const confidence = letters ? pages.reduce((sum, p) => sum + (p.confidence ?? 0) * p.letters, 0) / letters : null;
  const texts = pages.map((page, i) => layOutPage(page.boxes, { firstPage: i === 0 }));
  if (layerQuality > quality(texts) * (confidence ?? 0)) {
    progress('the text layer reads better than OCR: keeping the text layer');
    return fromLayer();
  }
  return { ...joinPages(texts), originFormat: 'PDF_OCR', ocrConfidence: confidence, file: file(layer.pageCount) };
}

function joinPages(pageTexts: string[]): { text: string; pageTexts: string[] } {
  return { text: pageTexts.join('\n\f\n'), pageTexts };
}

/** How well a text layer reads once cleaned (legacy fonts are converted first); 0 when its pages hold too few letters. */
function textLayerQuality(pageTexts: string[]): number {
  const letters = pageTexts.join('').match(/\p{L}/gu)?.length ?? 0;
  return letters < MIN_LETTERS_PER_PAGE * pageTexts.length ? 0 : quality(pageTexts);
}

function quality(pageTexts: string[]): number {
  return cleanedTextQuality(clean(pageTexts.join('\n\n')));
}

function describeConfidence(page: OcrPage): string {
  return page.confidence === null ? 'no words found' : `${page.letters} letters, mean confidence ${Math.round(page.confidence * 100)}%`;
}
