import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { seedCorpus } from '../ingestion/seed-corpus';
import { repoRoot } from '../repo-root';
import { freshDatabase, startServer, type TestDatabase, type TestServer } from './harness';

// The comparison page and the explorer in a real headless Chromium, against the real server on seeded
// data, with no internet: every request the pages make must stay on 127.0.0.1.

const CHROMIUM = '/usr/bin/chromium';
const root = repoRoot();

let db: TestDatabase | undefined;
let server: TestServer | undefined;
let browser: BrowserContext | undefined;
let profile: string | undefined;

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing, so the browser tests cannot run. Install Debian's chromium: ` +
        'apt-get update && apt-get install -y --no-install-recommends chromium (.ci/run does it).',
    );
  }
  // The server serves dist/web: build it as `npm run build` does (type-check, then Vite), so the test never
  // runs against a stale or missing bundle.
  // NODE_ENV is "test" under Jest; Vite would pass it on and bundle React's development build.
  const env = { ...process.env, NODE_ENV: 'production' };
  await promisify(execFile)('npm', ['run', 'build:web', '--silent'], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 });
  db = await freshDatabase();
  await seedCorpus(db.orm.em);
  server = await startServer(db.orm);
  profile = fs.mkdtempSync(path.join(os.tmpdir(), 'directives-chromium-'));
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await db?.drop();
  if (profile) fs.rmSync(profile, { recursive: true, force: true });
});

/** A new tab that records every request it makes and every uncaught error of its scripts. */
async function openPage(): Promise<{ page: Page; requests: string[]; errors: string[] }> {
  const page = await browser!.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  // A script, style or request the page's Content-Security-Policy blocks counts as an error too.
  page.on('console', (message) => void (/Content Security Policy/i.test(message.text()) && errors.push(message.text())));
  return { page, requests, errors };
}

/** Requests that left the machine: anything but http://127.0.0.1 (data: and blob: URLs are in-page). */
const external = (requests: string[]) =>
  requests.filter((url) => {
    const { protocol, hostname } = new URL(url);
    return !(protocol === 'data:' || protocol === 'blob:' || (protocol === 'http:' && hostname === '127.0.0.1'));
  });

it('says when an empty cell is a province of which no document is held, not a province that set no target', async () => {
  const { page, errors } = await openPage();
  await page.goto(`${server!.url}/?provinces=VN-13,VN-18&topic=TESTING`);
  const single = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"]');
  await single.waitFor();
  expect(await single.locator('[data-province="VN-13"] .number').allTextContents()).toEqual(['15.000']);
  expect(await single.locator('[data-province="VN-18"] .none').textContent()).toBe('No documents of this province held');
  expect(errors).toEqual([]);
});

it('compares Quảng Ninh and Thanh Hóa on testing, and shows a quote in its original text', async () => {
  const { page, requests, errors } = await openPage();
  await page.goto(`${server!.url}/`);
  await page.getByLabel('Quảng Ninh', { exact: true }).check();
  await page.getByLabel('Thanh Hóa', { exact: true }).check();
  await page.getByLabel('Topic').selectOption('TESTING');
  await page.getByRole('button', { name: 'Compare' }).click();

  // One column per province, in the order chosen; numbers as Vietnamese writes them.
  const single = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"]');
  await single.waitFor();
  expect(await single.locator('h4').allTextContents()).toEqual(['Quảng Ninh', 'Thanh Hóa']);
  const qn = single.locator('[data-province="VN-13"]');
  const th = single.locator('[data-province="VN-21"]');
  expect(await qn.locator('.number').allTextContents()).toEqual(['15.000']);
  expect(await th.locator('.number').allTextContents()).toEqual(['8.000']);
  expect(await qn.locator('.quote-link').allTextContents()).toEqual(['“15.000 mẫu đơn/ngày”']);
  expect(await th.locator('.quote-link').allTextContents()).toEqual(['“8.000 mẫu đơn/ngày”']);
  expect(await qn.textContent()).toContain('samples per day');
  expect(await qn.textContent()).toContain('370-TB/TU of 28/9/2021');
  expect(await th.textContent()).toContain('when: khi có tình huống xảy ra');

  const pooled = page.locator('section.metric[data-metric="RT_PCR_POOLED_SAMPLES"] [data-province="VN-13"]');
  expect(await pooled.locator('.number').textContent()).toBe('75.000');
  expect(await pooled.textContent()).toContain('pooled, 5 samples per pool');

  // Slogans shared and unique, in Vietnamese.
  expect(await page.locator('.slogans > ul').textContent()).toContain('mục tiêu kép');
  expect(await page.locator('.slogans [data-province="VN-21"]').textContent()).toContain('hai chống, ba xây');
  expect(await page.locator('.slogans [data-province="VN-13"]').textContent()).toContain('3 trước');
  expect(page.url()).toContain('?provinces=VN-13,VN-21&topic=TESTING');

  // Passages Thanh Hóa's letter repeats from Quảng Ninh's notice, both sides highlighted.
  const reuse = page.locator('.reuse .passage').filter({ hasText: '402-CV/TU of 2021-09-30 repeats this passage of 370-TB/TU of 2021-09-28' });
  expect(await reuse.count()).toBeGreaterThan(0);
  expect(await reuse.first().locator('mark.reused').count()).toBe(2);

  // `UPDATE_SCREENSHOT=1 npx jest api/test/web` refreshes the README's picture of this state.
  if (process.env.UPDATE_SCREENSHOT === '1') {
    await page.screenshot({ path: path.join(root, 'web/screenshot.png'), fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 1500 } });
  }

  // The quote's button opens the original text, with the quote highlighted and scrolled into view.
  await qn.getByRole('button', { name: '“15.000 mẫu đơn/ngày”' }).click();
  const dialog = page.locator('dialog#source');
  const mark = dialog.locator('.source-text mark.quote');
  await mark.waitFor();
  expect(await mark.allTextContents()).toEqual(['15.000 mẫu đơn/ngày']);
  expect(await dialog.locator('.source-meta').textContent()).toContain('370-TB/TU');
  // The quote sits in a passage Thanh Hóa repeats: the original text tints the reused passages too.
  expect(await dialog.locator('.source-text .reused').count()).toBeGreaterThan(0);
  // Runs in the page; the root tsconfig has no DOM globals, so the window is reached through the element.
  const shown = await mark.evaluate((element) => {
    const view = element.ownerDocument.defaultView!;
    const box = element.getBoundingClientRect();
    const pane = element.closest('.source-text')!;
    const frame = pane.getBoundingClientRect();
    return { inView: box.top >= frame.top && box.bottom <= frame.bottom, scrolled: pane.scrollTop > 0, background: view.getComputedStyle(element).backgroundColor };
  });
  expect(shown).toEqual({ inView: true, scrolled: true, background: 'rgb(255, 226, 122)' });

  // The other province's fact opens its own text.
  await dialog.getByRole('button', { name: 'Close the original text' }).click();
  await th.getByRole('button', { name: '“8.000 mẫu đơn/ngày”' }).click();
  await dialog.locator('.source-meta', { hasText: '402-CV/TU' }).waitFor();
  expect(await dialog.locator('.source-text mark.quote').allTextContents()).toEqual(['8.000 mẫu đơn/ngày']);

  expect(errors).toEqual([]);
  expect(requests.some((url) => url.endsWith('/graphql'))).toBe(true);
  expect(external(requests)).toEqual([]);
});

it('stacks the province columns at phone width, and restores a comparison from its address', async () => {
  const { page, requests, errors } = await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING`);
  const cells = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"] .cell');
  await cells.first().waitFor();
  const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height); // one above the other
  expect(first!.width).toBeGreaterThan(300);
  const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView!.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(errors).toEqual([]);
  expect(external(requests)).toEqual([]);
});

it('runs a query in the bundled GraphiQL explorer at /explorer', async () => {
  const { page, requests, errors } = await openPage();
  await page.goto(`${server!.url}/explorer`);
  const editor = page.locator('.graphiql-query-editor .CodeMirror');
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText types no keys, so CodeMirror's bracket auto-closing does not double the braces.
  await page.keyboard.insertText('{ province(code: "VN-13") { code name } }');
  await page.locator('.graphiql-execute-button').click();
  const result = page.locator('.graphiql-response', { hasText: 'VN-13' });
  await result.waitFor();
  expect(await result.textContent()).toContain('Quảng Ninh');
  expect(errors).toEqual([]);
  expect(external(requests)).toEqual([]);
});

it('keeps Apollo’s landing page disabled: /graphql answers GET without a query with an error, not a page', async () => {
  const response = await fetch(`${server!.url}/graphql`, { headers: { accept: 'text/html' } });
  expect(await response.text()).not.toMatch(/<html|apollographql\.com|embeddable-sandbox/i);
});

it('serves its pages with a Content-Security-Policy that allows framing, and every response with nosniff', async () => {
  const page = await fetch(`${server!.url}/`);
  expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
  expect(page.headers.get('content-security-policy')).toContain('frame-ancestors *');
  expect(page.headers.get('x-frame-options')).toBeNull();
  expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  expect((await fetch(`${server!.url}/export/targets.csv`)).headers.get('x-content-type-options')).toBe('nosniff');
});
