// @ts-check
// The only code that touches mammoth, run in a worker thread (see docx.ts for why). It answers one request and
// stops: the raw text of one Word document, or why it cannot be read.
import { parentPort, workerData } from 'node:worker_threads';
import mammoth from 'mammoth';

if (!parentPort) throw new Error('docx-worker.mjs runs as a worker thread');
const port = parentPort;

try {
  const result = await mammoth.extractRawText({ buffer: Buffer.from(/** @type {{ data: Uint8Array }} */ (workerData).data) });
  port.postMessage({ type: 'text', text: result.value });
} catch (error) {
  port.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
}
