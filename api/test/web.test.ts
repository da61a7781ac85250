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

/** The window's size, evaluated in the page (as text: the root tsconfig has no DOM globals). */
const viewportOf = (page: Page) => page.evaluate<{ width: number; height: number }>('({ width: innerWidth, height: innerHeight })');

it('says when an empty cell is a province of which no document is held, not a province that set no target', async () => {
  const { page, errors } = await openPage();
  await page.goto(`${server!.url}/?provinces=VN-13,VN-18&topic=TESTING&lang=en`);
  const single = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"]');
  await single.waitFor();
  expect(await single.locator('[data-province="VN-13"] .number').allTextContents()).toEqual(['15,000']);
  expect(await single.locator('[data-province="VN-18"] .none').textContent()).toBe('No documents of this province in this period');
  // Thanh Hóa's documents are held but set no vaccination coverage: a finding, worded as one.
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=VACCINATION&lang=en`);
  const coverage = page.locator('section.metric[data-metric="VACCINATION_COVERAGE"]');
  await coverage.waitFor();
  expect(await coverage.locator('[data-province="VN-21"] .none').textContent()).toBe('Its documents set no such target');
  expect(errors).toEqual([]);
});

it('speaks Vietnamese to a Vietnamese browser, with Vietnamese numbers and dates everywhere, and no English glosses', async () => {
  const { page, requests, errors } = await openPage();
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING`);
  const single = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"]');
  await single.waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  expect(page.url()).toContain('?provinces=VN-13,VN-21&topic=TESTING&lang=vi');
  expect(await single.locator('h3').textContent()).toBe('Năng lực xét nghiệm RT-PCR, mẫu đơn mỗi ngày');
  const qn = single.locator('[data-province="VN-13"]');
  expect(await qn.locator('.number').allTextContents()).toEqual(['15.000']);
  expect(await qn.locator('.per-head').textContent()).toBe('11,1 trên 1.000 dân');
  expect(await qn.locator('.from').textContent()).toBe('370-TB/TU ngày 28/9/2021');
  expect(await page.locator('.overview [data-province="VN-21"] .population').textContent()).toBe('3.716.430 người (2021)');
  expect(await single.locator('table.chart tbody tr').allInnerTexts()).toEqual(['Quảng Ninh\t15.000\t11,1', 'Thanh Hóa\t8.000\t2,2']);
  expect(await page.locator('.category[data-category="TESTING"] [data-province="VN-13"] .measure-count').textContent()).toBe('9 biện pháp');
  expect(await page.locator('.reuse .passage .summary').first().textContent()).toBe(
    'Cùng một đoạn văn có trong 370-TB/TU (Quảng Ninh, 28/9/2021) và trong văn bản sau đó 402-CV/TU (Thanh Hóa, 30/9/2021). · giống nhau 100% trên 39 từ',
  );
  expect(await page.getByRole('button', { name: 'So sánh' }).count()).toBe(1);
  // The glosses are English: the Vietnamese page shows the slogan alone.
  expect(await page.locator('.slogans .gloss').count()).toBe(0);
  expect(await page.locator('body').textContent()).not.toMatch(/\d{4}-\d{2}-\d{2}/); // no ISO date shown anywhere

  // The switch: the same view in English, remembered for the next visit without lang= in the address.
  await page.getByRole('link', { name: 'English' }).click();
  await page.waitForURL(/lang=en/);
  await single.waitFor();
  expect(await single.locator('[data-province="VN-13"] .number').allTextContents()).toEqual(['15,000']);
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING`);
  await single.waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  expect(await single.locator('[data-province="VN-13"] .from').textContent()).toBe('370-TB/TU of 28 September 2021');
  await page.getByRole('link', { name: 'Tiếng Việt' }).click();
  await page.waitForURL(/lang=vi/);
  await single.waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  expect(errors).toEqual([]);
  expect(external(requests)).toEqual([]);
});

it('speaks English to any other browser', async () => {
  const { page, errors } = await openPage();
  // The page sees an English browser with nothing remembered.
  await page.addInitScript("Object.defineProperty(Object.getPrototypeOf(navigator), 'language', { get: () => 'en-US' }); localStorage.clear();");
  await page.goto(`${server!.url}/`);
  await page.getByRole('button', { name: 'Compare' }).waitFor();
  expect(await page.locator('html').getAttribute('lang')).toBe('en');
  await page.evaluate("localStorage.setItem('lang', 'vi')"); // leave the profile as the other tests expect it
  expect(errors).toEqual([]);
});

it('compares Quảng Ninh and Thanh Hóa on testing in English, and shows a quote in its original text', async () => {
  const { page, requests, errors } = await openPage();
  await page.goto(`${server!.url}/?lang=en`);
  await page.getByLabel('Quảng Ninh', { exact: true }).check();
  await page.getByLabel('Thanh Hóa', { exact: true }).check();
  await page.getByLabel('Topic').selectOption('TESTING');
  await page.getByRole('button', { name: 'Compare' }).click();

  // One column per province, in the order chosen; numbers and dates as English writes them.
  const single = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"]');
  await single.waitFor();
  expect(await single.locator('h4').allTextContents()).toEqual(['Quảng Ninh', 'Thanh Hóa']);
  const qn = single.locator('[data-province="VN-13"]');
  const th = single.locator('[data-province="VN-21"]');
  expect(await qn.locator('.number').allTextContents()).toEqual(['15,000']);
  expect(await th.locator('.number').allTextContents()).toEqual(['8,000']);
  expect(await qn.locator('.per-head').textContent()).toBe('11.1 per 1,000 people');
  expect(await th.locator('.per-head').textContent()).toBe('2.2 per 1,000 people');
  expect(await qn.locator('.quote-link').allTextContents()).toEqual(['“15.000 mẫu đơn/ngày”']); // quotes stay as written
  expect(await th.locator('.quote-link').allTextContents()).toEqual(['“8.000 mẫu đơn/ngày”']);
  expect(await qn.textContent()).toContain('samples per day');
  expect(await qn.locator('.from').textContent()).toBe('370-TB/TU of 28 September 2021');
  expect(await th.textContent()).toContain('when: khi có tình huống xảy ra');
  expect(await page.locator('.overview [data-province="VN-13"] .population').textContent()).toBe('1,350,850 people (2021)');
  expect(await page.locator('.overview .period').textContent()).toBe('Directives of every date held');

  // The chart is a table: a row per province, the figure as set and per 1,000 people, a bar for each.
  const chart = single.locator('table.chart');
  expect(await chart.locator('caption').textContent()).toBe('RT-PCR capacity, single samples per day: the newest figure of each province, as set and per 1,000 people');
  expect(await chart.locator('tbody tr').allInnerTexts()).toEqual(['Quảng Ninh\t15,000\t11.1', 'Thanh Hóa\t8,000\t2.2']);
  expect(await chart.locator('.bar[aria-hidden="true"]').count()).toBe(4);
  const [qnBar, thBar] = [await chart.locator('tbody tr').nth(0).locator('.bar').first().boundingBox(), await chart.locator('tbody tr').nth(1).locator('.bar').first().boundingBox()];
  expect(thBar!.width / qnBar!.width).toBeCloseTo(8000 / 15000, 1);

  const pooled = page.locator('section.metric[data-metric="RT_PCR_POOLED_SAMPLES"] [data-province="VN-13"]');
  expect(await pooled.locator('.number').textContent()).toBe('75,000');
  expect(await pooled.textContent()).toContain('pooled, 5 samples per pool');

  // Slogans shared and unique, in Vietnamese, with the reviewers' English glosses.
  expect(await page.locator('.slogans > ul').textContent()).toContain('mục tiêu kép the dual goal');
  expect(await page.locator('.slogans [data-province="VN-21"]').textContent()).toContain('hai chống, ba xây');
  expect(await page.locator('.slogans .slogan', { hasText: '3 trước' }).locator('.gloss').textContent()).toBe(" 'three in advance': act ahead of the epidemic");
  // A slogan found by its shape, which no researcher has reviewed, shows no gloss at all, not a placeholder.
  const unreviewed = page.locator('.slogans .slogan', { hasText: 'lấy phòng dịch làm ưu tiên' });
  expect(await unreviewed.count()).toBe(1);
  expect(await unreviewed.locator('.gloss').count()).toBe(0);
  expect(page.url()).toContain('?provinces=VN-13,VN-21&topic=TESTING&lang=en');

  // Passages found in both provinces' directives, both sides highlighted, worded as found, not as copied.
  const reuse = page.locator('.reuse .passage').filter({
    hasText: 'The same passage is in 370-TB/TU (Quảng Ninh, 28 September 2021) and in the later 402-CV/TU (Thanh Hóa, 30 September 2021).',
  });
  expect(await reuse.count()).toBeGreaterThan(0);
  expect(await reuse.first().locator('mark.reused').count()).toBe(2);
  expect(await page.locator('.reuse').textContent()).not.toMatch(/repeat|cop(y|ied)/i);

  // How to read this: what a shared passage does not mean, and a link that reopens this very view.
  const note = page.locator('details.how-to-read');
  await note.locator('summary').click();
  expect(await note.textContent()).toContain('It does not show that one province copied the other');
  expect(await note.locator('a.view-link').getAttribute('href')).toBe(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING&lang=en`);
  await note.locator('summary').click();

  // `UPDATE_SCREENSHOT=1 npx jest api/test/web` refreshes the README's pictures of this state.
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
  expect(await dialog.locator('.source-meta').textContent()).toContain('28 September 2021');
  // The quote sits in a passage Thanh Hóa's letter shares: the original text tints the shared passages too.
  expect(await dialog.locator('.source-text .reused').count()).toBeGreaterThan(0);
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

it('lists every text of a directive in the source pane, and highlights the quote in the signed scan as in the portal copy', async () => {
  const { page, requests, errors } = await openPage();
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING&lang=en`);
  const qn = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"] [data-province="VN-13"]');
  await qn.getByRole('button', { name: '“15.000 mẫu đơn/ngày”' }).click();
  const dialog = page.locator('dialog#source');
  const choices = dialog.locator('.texts button');
  await dialog.locator('.source-text mark.quote').waitFor();
  expect(await dialog.locator('.texts > span').textContent()).toBe('Texts of this directive (2):');
  expect(await choices.allTextContents()).toEqual(['portal copy · text quality 100%', 'signed scan (OCR) · text quality 92%']);
  expect(await choices.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-pressed')))).toEqual(['true', 'false']);

  // The scan's OCR spaces the quote differently ("đơn/ ngày"): it is found and highlighted all the same.
  await dialog.getByRole('button', { name: 'signed scan (OCR) · text quality 92%' }).click();
  await dialog.locator('.texts button[data-format="OCR"][aria-pressed="true"]').waitFor();
  const mark = dialog.locator('.source-text mark.quote');
  expect(await mark.allTextContents()).toEqual(['15.000 mẫu đơn/ ngày']);
  expect(await dialog.locator('.source-text').textContent()).toContain('COYID-19'); // the scan's own text, OCR errors and all
  expect(await dialog.locator('.source-meta').textContent()).not.toContain('not found');
  const inView = await mark.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const frame = element.closest('.source-text')!.getBoundingClientRect();
    return box.top >= frame.top && box.bottom <= frame.bottom;
  });
  expect(inView).toBe(true);

  await dialog.getByRole('button', { name: 'portal copy · text quality 100%' }).click();
  await dialog.locator('.texts button[data-format="PORTAL"][aria-pressed="true"]').waitFor();
  expect(await mark.allTextContents()).toEqual(['15.000 mẫu đơn/ngày']);
  expect(errors).toEqual([]);
  expect(external(requests)).toEqual([]);
});

it('lists what each province ordered, newest first, with its strength, quote, directive and count', async () => {
  const { page, errors } = await openPage();
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING&lang=en`);
  const testing = page.locator('.measures .category[data-category="TESTING"]');
  await testing.waitFor();
  expect(await testing.locator('h3').textContent()).toBe('Testing');
  const qn = testing.locator('[data-province="VN-13"]');
  expect(await qn.locator('.measure-count').textContent()).toBe('9 measures');
  expect(await testing.locator('[data-province="VN-21"] .measure-count').textContent()).toBe('6 measures');
  expect(await qn.locator('.measure').count()).toBe(5); // the newest five of nine
  expect(await qn.locator('.more').textContent()).toBe('and 4 older');
  const first = qn.locator('.measure').first();
  expect(await first.locator('.quote-link').textContent()).toBe(
    '“Tiếp tục tăng cường năng lực xét nghiệm RT-PCR tại 13/13 địa phương, phấn đấu đạt 15.000 mẫu đơn/ngày, 75.000 mẫu gộp 5/ngày.”',
  );
  expect(await first.locator('.from').textContent()).toBe('required · 370-TB/TU of 28 September 2021');
  // Newest first: the directives' dates never rise down a list.
  for (const cell of await testing.locator('.cell').all()) {
    const dates = (await cell.locator('.measure .from').allTextContents()).map((line) => Date.parse(line.replace(/^.* of /, '')));
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  }
  // Its quote opens the original text, as every quote does.
  await first.locator('.quote-link').click();
  expect(await page.locator('dialog#source .source-text mark.quote').textContent()).toContain('phấn đấu đạt 15.000 mẫu đơn/ngày');
  expect(errors).toEqual([]);
});

it('compares directives issued within a date range, kept in the address, and refuses a range the wrong way round', async () => {
  const { page, requests, errors } = await openPage();
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING&from=2021-09-29&to=2021-10-15&lang=en`);
  const single = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"]');
  await single.waitFor();
  expect(await page.getByLabel('Issued from').inputValue()).toBe('2021-09-29');
  expect(await page.getByLabel('to', { exact: true }).inputValue()).toBe('2021-10-15');
  expect(await page.locator('.overview .period').textContent()).toBe('Directives issued from 29 September 2021 to 15 October 2021');
  // Quảng Ninh's notice of 28 September is outside: no document of it in this window; Thanh Hóa's letter is in.
  expect(await single.locator('[data-province="VN-13"] .none').textContent()).toBe('No documents of this province in this period');
  expect(await single.locator('[data-province="VN-21"] .number').allTextContents()).toEqual(['8,000']);
  expect(await page.locator('.category[data-category="TESTING"] [data-province="VN-13"] .none').textContent()).toBe('No documents of this province in this period');
  expect(await page.locator('.reuse .passage').count()).toBe(0);
  expect(await page.locator('.slogans [data-province="VN-13"] .none').textContent()).toBe('None of its own');
  expect(await page.locator('.slogans [data-province="VN-21"]').textContent()).toContain('hai chống, ba xây');

  // The wrong way round: said plainly, nothing asked of the server, the address unchanged.
  const before = requests.length;
  await page.getByLabel('Issued from').fill('2021-10-16');
  await page.getByRole('button', { name: 'Compare' }).click();
  expect(await page.locator('#status').textContent()).toBe('The start date (16 October 2021) is after the end date (15 October 2021): change one of them.');
  expect(requests.length).toBe(before);
  expect(page.url()).toContain('from=2021-09-29');

  // Late September: both provinces' directives, and the address says so.
  await page.getByLabel('Issued from').fill('2021-09-20');
  await page.getByRole('button', { name: 'Compare' }).click();
  await single.locator('[data-province="VN-13"] .number').waitFor();
  expect(await single.locator('[data-province="VN-13"] .number').allTextContents()).toEqual(['15,000']);
  expect(page.url()).toContain('?provinces=VN-13,VN-21&topic=TESTING&from=2021-09-20&to=2021-10-15&lang=en');
  expect(await page.locator('.reuse .passage').count()).toBeGreaterThan(0);
  await page.reload();
  await single.locator('[data-province="VN-13"] .number').waitFor();
  expect(await page.getByLabel('Issued from').inputValue()).toBe('2021-09-20');

  // A window before any directive held: every cell a gap, no target, no passage.
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING&from=2020-01-01&to=2020-02-01&lang=en`);
  await page.locator('.targets .none').waitFor();
  expect(await page.locator('.targets .none').textContent()).toBe('None of these provinces set a quantitative target on this topic in this period.');
  expect(await page.locator('.reuse .none').count()).toBe(1);
  expect(errors).toEqual([]);
  expect(external(requests)).toEqual([]);
});

it('on a phone, folds the picker into chips once provinces are chosen, so the result is the first thing seen', async () => {
  const { page, requests, errors } = await openPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${server!.url}/?provinces=VN-13,VN-21&topic=TESTING&lang=en`);
  const cells = page.locator('section.metric[data-metric="RT_PCR_SINGLE_SAMPLES"] .cell');
  await cells.first().waitFor();
  const viewport = await viewportOf(page);
  // The picker is folded: the chosen provinces as chips, the list hidden, a button to open it again.
  expect(await page.locator('#province-list').isVisible()).toBe(false);
  expect(await page.locator("#chosen li span").allTextContents()).toEqual(["Quảng Ninh", "Thanh Hóa"]);
  const form = (await page.locator('#choose').boundingBox())!;
  const heading = (await page.locator('.overview h2').boundingBox())!;
  const firstFigure = (await cells.nth(0).locator('.number').boundingBox())!;
  expect(heading.y).toBeGreaterThanOrEqual(form.y + form.height); // the result comes after the form…
  expect(firstFigure.y + firstFigure.height).toBeLessThanOrEqual(viewport.height); // …and its first figure is on the first screen
  expect(await page.evaluate('scrollY')).toBe(0);

  // The columns stack, and nothing overflows sideways.
  const [first, second] = [await cells.nth(0).boundingBox(), await cells.nth(1).boundingBox()];
  expect(second!.y).toBeGreaterThanOrEqual(first!.y + first!.height);
  expect(first!.width).toBeGreaterThan(300);
  const overflow = await page.locator('html').evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView!.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The list opens again to change provinces.
  await page.getByRole('button', { name: 'Change provinces' }).click();
  expect(await page.locator('#province-list').isVisible()).toBe(true);
  if (process.env.UPDATE_SCREENSHOT === '1') {
    await page.getByRole('button', { name: 'Hide the list' }).click();
    await page.screenshot({ path: path.join(root, 'web/screenshot-phone.png') });
  }
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
