// @ts-check
// The only code that touches pdf.js, run in a worker thread (see pdf.ts for why). It answers one request and
// stops: open the PDF, then either send each page's text runs with their boxes, or render each page to a PNG.
// Page boxes are in PDF points with the origin at the top left, as layout.ts expects.
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument, Util } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** @typedef {{ op: 'text' | 'render', data: Uint8Array, maxPages: number, dpi: number, maxPixels: number }} Request */

if (!parentPort) throw new Error('pdf-worker.mjs runs as a worker thread');
const port = parentPort;

/** @param {Request} request */
async function main(request) {
  let document;
  try {
    document = await getDocument({
      data: request.data,
      // pdf.js can compile fonts with eval; a file from anyone must not run code (CVE-2024-4367).
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = /** @type {{ name?: string }} */ (error).name;
    const code = name === 'PasswordException' ? 'ENCRYPTED' : 'DAMAGED';
    port.postMessage({ type: 'error', code, message: /** @type {Error} */ (error).message });
    return;
  }
  port.postMessage({ type: 'opened', pageCount: document.numPages });
  if (document.numPages > request.maxPages) return;

  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const viewport = page.getViewport({ scale: 1 });
    if (request.op === 'text') {
      const content = await page.getTextContent();
      const boxes = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        // The run's matrix in viewport space: [a, b, c, d, x, baseline]; its font size is the length of (c, d).
        const [, , c, d, x, baseline] = Util.transform(viewport.transform, item.transform);
        const size = Math.hypot(c, d) || item.height;
        boxes.push({ text: item.str, x0: x, x1: x + item.width, y0: baseline - size, y1: baseline + 0.2 * size });
      }
      port.postMessage({ type: 'page', number, width: viewport.width, height: viewport.height, boxes });
    } else {
      // Scans are read at `dpi`, but a poster-sized page is scaled down to a bounded number of pixels.
      const dpiScale = request.dpi / 72;
      const scale = Math.min(dpiScale, Math.sqrt(request.maxPixels / (viewport.width * viewport.height)));
      const scaled = page.getViewport({ scale });
      const factory = /** @type {any} */ (document).canvasFactory;
      const { canvas, context } = factory.create(Math.ceil(scaled.width), Math.ceil(scaled.height));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      await page.render({ canvasContext: context, viewport: scaled, canvas }).promise;
      const png = canvas.toBuffer('image/png');
      factory.destroy({ canvas, context });
      port.postMessage({ type: 'image', number, png });
    }
    page.cleanup();
  }
  await document.destroy();
  port.postMessage({ type: 'done' });
}

main(/** @type {Request} */ (workerData)).catch((error) => {
  port.postMessage({ type: 'error', code: 'DAMAGED', message: error instanceof Error ? error.message : String(error) });
});
