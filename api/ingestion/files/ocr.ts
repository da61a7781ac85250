// Page images to words with their boxes and confidences, offline: tesseract.js (Tesseract compiled to
// WebAssembly) with the Vietnamese model of @tesseract.js-data/vie, both from the npm registry, so nothing is
// downloaded at run time and no system package is needed. One Tesseract worker per core at most: each holds
// the model (about 100 MB) and keeps a core busy.
import os from 'node:os';
import path from 'node:path';
import { createScheduler, createWorker, OEM, type Scheduler } from 'tesseract.js';
import { IngestionError } from '../errors';
import type { TextBox } from './layout';

export interface OcrPage {
  boxes: TextBox[];
  /** Mean confidence of the page's words, weighted by their letters, from 0 to 1; null when no word was read. */
  confidence: number | null;
  /** Letters read, the weight of `confidence` when pages are averaged. */
  letters: number;
}

/** tesseract.js's own default model for Vietnamese: the "best" LSTM network, with integer weights. */
function modelFolder(): string {
  return path.join(path.dirname(require.resolve('@tesseract.js-data/vie/package.json')), '4.0.0_best_int');
}

/** The OCR job running now: one at a time per process, since one already keeps every core busy. */
let current: Promise<unknown> = Promise.resolve();

/**
 * Reads page images with at most one worker per core (and no more workers than pages). Jobs queue: two
 * scans sent at once are read one after the other, not with twice the workers and twice the memory.
 */
export function withOcr<T>(pages: number, use: (read: (image: Buffer) => Promise<OcrPage>) => Promise<T>): Promise<T> {
  const job = current.then(() => runOcr(pages, use));
  current = job.catch(() => undefined);
  return job;
}

async function runOcr<T>(pages: number, use: (read: (image: Buffer) => Promise<OcrPage>) => Promise<T>): Promise<T> {
  const count = Math.max(1, Math.min(pages, os.availableParallelism()));
  const scheduler: Scheduler = createScheduler();
  try {
    // Each worker joins the scheduler as soon as it exists, so that terminate() ends it even if another fails to start.
    await Promise.all(
      Array.from({ length: count }, () =>
        createWorker('vie', OEM.LSTM_ONLY, {
          langPath: modelFolder(),
          gzip: true,
          // The model is read from node_modules, never copied into the working directory.
          cacheMethod: 'none',
          // Without a handler, a job's failure (an unreadable image) is also thrown where nothing can catch
          // it; the job's own promise rejects either way, and recognise() reports it.
          errorHandler: () => {},
        }).then((worker) => scheduler.addWorker(worker)),
      ),
    );
    return await use((image) => recognise(scheduler, image));
  } finally {
    await scheduler.terminate();
  }
}

async function recognise(scheduler: Scheduler, image: Buffer): Promise<OcrPage> {
  let result;
  try {
    // rotateAuto straightens a page scanned a few degrees askew before its lines are found.
    result = await scheduler.addJob('recognize', image, { rotateAuto: true }, { blocks: true, text: false });
  } catch (error) {
    throw new IngestionError('DAMAGED', `the image cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const boxes: TextBox[] = [];
  let weighted = 0;
  let letters = 0;
  for (const block of result.data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          if (!text) continue;
          // The line's height, not the word's: "ca" and "Định" have boxes of different heights on one line.
          boxes.push({ text, x0: word.bbox.x0, y0: line.bbox.y0, x1: word.bbox.x1, y1: line.bbox.y1, word: true });
          weighted += word.confidence * text.length;
          letters += text.length;
        }
      }
    }
  }
  return { boxes, confidence: letters ? weighted / letters / 100 : null, letters };
}
