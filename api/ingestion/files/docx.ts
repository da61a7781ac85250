// A Word document (.docx), as provinces attach to their portal posts beside or instead of a PDF. Read by
// mammoth: paragraphs in order, a table's cells row by row and each cell's paragraphs together, so the
// letterhead's two cells give the issuer and its number, then the motto and the dateline, as a transcript
// prints them. A .docx is a zip archive, and a hostile one can inflate to far more than its size, so mammoth
// runs in a worker thread whose memory is capped (docx-worker.mjs), as pdf.js does: such a file ends its
// worker, not the server. A Word document has no fixed pages (its reader lays them out), so none are located.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { IngestionError } from '../errors';
import { declaredSize, MAX_TEXT_PART_BYTES } from './zip-limits';

type WorkerMessage = { type: 'text'; text: string } | { type: 'error'; message: string };

export function readDocxText(bytes: Buffer): Promise<string> {
  const damaged = (why: string) => new IngestionError('DAMAGED', `the Word document cannot be read (${why})`);
  // The worker's cap ends a bomb too, but only after it has taken that memory: a declared size says so first.
  let size: number | null;
  try {
    size = declaredSize(bytes, 'word/document.xml');
  } catch (error) {
    return Promise.reject(damaged(error instanceof Error ? error.message : String(error)));
  }
  if (size !== null && size > MAX_TEXT_PART_BYTES) return Promise.reject(damaged(`its text would inflate to ${size} bytes`));
  return new Promise((resolve, reject) => {
    const worker = new Worker(path.join(__dirname, 'docx-worker.mjs'), {
      workerData: { data: new Uint8Array(bytes) },
      resourceLimits: { maxOldGenerationSizeMb: 512 },
    });
    let settled = false;
    const settle = (outcome: { text: string } | Error) => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      // mammoth ends every paragraph with a blank line; a directive's paragraphs are its lines, and an empty
      // paragraph stays a blank line.
      else resolve(outcome.text.replace(/\n\n/gu, '\n'));
    };
    worker.on('message', (message: WorkerMessage) => settle(message.type === 'text' ? { text: message.text } : damaged(message.message)));
    worker.on('error', (error) => settle(damaged(error.message)));
    worker.on('exit', () => settle(damaged('its reader stopped before the end of the file')));
  });
}
