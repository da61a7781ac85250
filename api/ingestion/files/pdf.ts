// PDFs through pdf.js (Mozilla's reader, Apache-2.0, released every few weeks): the text layer with each run's
// position, and pages rendered to images for OCR. Chosen over unpdf (the same pdf.js, repackaged, and needing
// Node 22) and MuPDF.js (AGPL). pdf.js ships only as ES modules and parses untrusted bytes with a lot of CPU,
// so it runs in a worker thread (pdf-worker.mjs): the server's event loop stays free while a file is read, a
// hostile file cannot take the process down with it, and the CommonJS build and the test runner need no
// ES-module support of their own.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { IngestionError } from '../errors';
import type { TextBox } from './layout';

export interface PdfLimits {
  /** More pages than this is refused before any page is read. */
  maxPages: number;
}

export interface PdfTextPage {
  number: number;
  width: number;
  height: number;
  boxes: TextBox[];
}

/** Pages are rendered for OCR at this resolution: Tesseract reads body text best at about 300 dpi. */
const RENDER_DPI = 300;
/** A rendered page never exceeds this many pixels (an A4 page at 300 dpi is 8.7 million). */
const MAX_RENDER_PIXELS = 12_000_000;

type WorkerMessage =
  | { type: 'opened'; pageCount: number }
  | ({ type: 'page' } & PdfTextPage)
  | { type: 'image'; number: number; png: Uint8Array }
  | { type: 'done' }
  | { type: 'error'; code: 'ENCRYPTED' | 'DAMAGED'; message: string };

/** The text layer of every page, with the page count. */
export async function readPdfText(bytes: Uint8Array, limits: PdfLimits): Promise<{ pageCount: number; pages: PdfTextPage[] }> {
  const pages: PdfTextPage[] = [];
  const pageCount = await runWorker('text', bytes, limits, (message) => {
    if (message.type === 'page') pages.push({ number: message.number, width: message.width, height: message.height, boxes: message.boxes });
  });
  return { pageCount, pages };
}

/** Renders every page to a PNG, calling `onPage` as each is ready (in page order). */
export async function renderPdfPages(bytes: Uint8Array, limits: PdfLimits, onPage: (number: number, png: Buffer) => void): Promise<number> {
  return runWorker('render', bytes, limits, (message) => {
    if (message.type === 'image') onPage(message.number, Buffer.from(message.png));
  });
}

function runWorker(op: 'text' | 'render', bytes: Uint8Array, limits: PdfLimits, onMessage: (message: WorkerMessage) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    // A copy: pdf.js takes ownership of the array it is given.
    const worker = new Worker(path.join(__dirname, 'pdf-worker.mjs'), {
      workerData: { op, data: new Uint8Array(bytes), maxPages: limits.maxPages, dpi: RENDER_DPI, maxPixels: MAX_RENDER_PIXELS },
      // A hostile file's memory ends with its worker, not with the server.
      resourceLimits: { maxOldGenerationSizeMb: 1024 },
    });
    let pageCount = 0;
    let settled = false;
    const settle = (error: Error | null) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (error) reject(error);
      else resolve(pageCount);
    };
    worker.on('message', (message: WorkerMessage) => {
      if (message.type === 'error') {
        settle(
          message.code === 'ENCRYPTED'
            ? new IngestionError('ENCRYPTED', 'the PDF is protected by a password; remove the protection and send it again')
            : new IngestionError('DAMAGED', `the PDF cannot be read: ${message.message}`),
        );
      } else if (message.type === 'opened') {
        pageCount = message.pageCount;
        if (pageCount > limits.maxPages) settle(new IngestionError('TOO_LARGE', `the PDF has ${pageCount} pages; the limit is ${limits.maxPages}`));
        else if (pageCount === 0) settle(new IngestionError('EMPTY', 'the PDF has no pages'));
      } else if (message.type === 'done') settle(null);
      else onMessage(message);
    });
    worker.on('error', (error) => settle(new IngestionError('DAMAGED', `the PDF cannot be read: ${error.message}`)));
    worker.on('exit', (code) => settle(code === 0 ? null : new IngestionError('DAMAGED', 'the PDF reader stopped before the end of the file')));
  });
}
