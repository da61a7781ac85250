import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { ingestFile } from '../cli/ingest';
import { keysCommand } from '../cli/keys';
import { LETTER, imageOnlyPdf, letterDoc, letterDocx, letterOdt, letterPdf, letterText, scanPages } from './fixtures/letter';
import { freshDatabase, rowCounts, startServer, type TestDatabase, type TestServer } from './harness';

// PDFs, scans and Word documents through the GraphQL mutation of the real server, into a real PostgreSQL: the file is kept
// and served, citations say their page, and a scan, its PDF and its text merge into one directive.

let db: TestDatabase;
let server: TestServer;
let editor: string;
let pdf: Buffer;
let scan: Buffer;

const INGEST_FILE = `mutation($content: String!, $origin: String) {
  ingestFile(content: $content, origin: $origin) {
    outcome factsFromThisText
    directive { number issuedOn province { code } renditions { originFormat } }
    rendition { originFormat ocrConfidence pageStarts sourceFile { mediaType byteSize pageCount url checksum } }
  }
}`;

const gql = (query: string, variables: Record<string, unknown>, authorization?: string) => server.post(query, variables, authorization);

/** The kept file is served as received, with its media type. */
async function expectServed(url: string, mediaType: string, bytes: Buffer): Promise<void> {
  const served = await fetch(`${server.url}${url}`);
  expect(served.status).toBe(200);
  expect(served.headers.get('content-type')).toBe(mediaType);
  expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);
}

beforeAll(async () => {
  db = await freshDatabase();
  server = await startServer(db.orm);
  const out: string[] = [];
  await keysCommand(db.orm.em, ['create', 'Scanner Sam', '--role', 'editor'], { out: (line) => out.push(line), err: (line) => console.error(format(line)) });
  editor = `Bearer ${out[1]}`;
  pdf = await letterPdf();
  scan = await imageOnlyPdf(await scanPages(pdf));
}, 60_000);

afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('ingestFile', () => {
  it('reads a PDF, keeps it, serves it, and cites the page of each quote', async () => {
    const { body } = await gql(INGEST_FILE, { content: pdf.toString('base64'), origin: 'ninhbinh.gov.vn/27-tb-bcd.pdf' }, editor);
    expect(body.errors).toBeUndefined();
    const payload = body.data.ingestFile;
    expect(payload).toMatchObject({
      outcome: 'NEW_DIRECTIVE',
      directive: { number: '27/TB-BCĐ', issuedOn: '2021-09-14', province: { code: 'VN-18' } },
      rendition: { originFormat: 'PDF_TEXT', ocrConfidence: null, pageStarts: [0], sourceFile: { mediaType: 'application/pdf', byteSize: pdf.length, pageCount: 1 } },
    });
    const { url, checksum } = payload.rendition.sourceFile;
    expect(url).toBe(`/source-files/${checksum}`);

    await expectServed(url, 'application/pdf', pdf);

    const targets = await server.query(`{ directive(number: "27/TB-BCĐ", province: "VN-18") { targets { metric value citation { quote page sourceUrl } } } }`);
    expect(targets.data.directive.targets).toContainEqual({
      metric: 'TEST_SAMPLES_PER_DAY',
      value: 6000,
      citation: expect.objectContaining({ page: 1, sourceUrl: `/source-files/${checksum}#page=1` }),
    });
  });

  it('merges the scan and the text of the same directive into it, as renditions', async () => {
    const fromScan = await gql(INGEST_FILE, { content: `data:application/pdf;base64,${scan.toString('base64')}` }, editor);
    expect(fromScan.body.errors).toBeUndefined();
    expect(fromScan.body.data.ingestFile).toMatchObject({ outcome: 'NEW_RENDITION', rendition: { originFormat: 'PDF_OCR', pageStarts: [0] } });
    expect(fromScan.body.data.ingestFile.rendition.ocrConfidence).toBeGreaterThan(0.8);

    const fromText = await gql(INGEST_FILE, { content: Buffer.from(letterText()).toString('base64') }, editor);
    expect(fromText.body.data.ingestFile).toMatchObject({ outcome: 'NEW_RENDITION', rendition: { originFormat: 'TEXT', pageStarts: null, sourceFile: null } });
    expect(fromText.body.data.ingestFile.directive.renditions.map((r: { originFormat: string }) => r.originFormat).sort()).toEqual(['PDF_OCR', 'PDF_TEXT', 'TEXT']);

    const again = await gql(INGEST_FILE, { content: pdf.toString('base64') }, editor);
    expect(again.body.data.ingestFile.outcome).toBe('UNCHANGED');
  }, 120_000);

  it('reads a Word document: its header and signature tables, the file kept and served, no page claimed', async () => {
    const docx = letterDocx({ ...LETTER, number: 'Số: 28/TB-BCĐ', dateline: 'Ninh Bình, ngày 16 tháng 9 năm 2021' });
    const { body } = await gql(INGEST_FILE, { content: docx.toString('base64'), origin: 'ninhbinh.gov.vn/28-tb-bcd.docx' }, editor);
    expect(body.errors).toBeUndefined();
    const mediaType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    expect(body.data.ingestFile).toMatchObject({
      outcome: 'NEW_DIRECTIVE',
      directive: { number: '28/TB-BCĐ', issuedOn: '2021-09-16', province: { code: 'VN-18' } },
      rendition: { originFormat: 'DOCX', ocrConfidence: null, pageStarts: null, sourceFile: { mediaType, byteSize: docx.length, pageCount: 1 } },
    });
    await expectServed(body.data.ingestFile.rendition.sourceFile.url, mediaType, docx);

    const read = await server.query(`{ directive(number: "28/TB-BCĐ", province: "VN-18") { issuer { name } signer { name } targets { metric value citation { quote page } } } }`);
    expect(read.data.directive.issuer.name).toBe('Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Ninh Bình');
    expect(read.data.directive.signer.name).toBe('Trần Văn Minh');
    expect(read.data.directive.targets).toContainEqual({ metric: 'TEST_SAMPLES_PER_DAY', value: 6000, citation: expect.objectContaining({ page: null }) });
  });

  it('reads an OpenDocument text likewise, the file kept and served with its media type', async () => {
    const odt = letterOdt({ ...LETTER, number: 'Số: 29/TB-BCĐ', dateline: 'Ninh Bình, ngày 17 tháng 9 năm 2021' });
    const { body } = await gql(INGEST_FILE, { content: odt.toString('base64'), origin: 'ninhbinh.gov.vn/29-tb-bcd.odt' }, editor);
    expect(body.errors).toBeUndefined();
    const mediaType = 'application/vnd.oasis.opendocument.text';
    expect(body.data.ingestFile).toMatchObject({
      outcome: 'NEW_DIRECTIVE',
      directive: { number: '29/TB-BCĐ', issuedOn: '2021-09-17', province: { code: 'VN-18' } },
      rendition: { originFormat: 'ODT', ocrConfidence: null, pageStarts: null, sourceFile: { mediaType, byteSize: odt.length, pageCount: 1 } },
    });
    await expectServed(body.data.ingestFile.rendition.sourceFile.url, mediaType, odt);
  });

  it('reads a Word 97-2003 document of the letter as another rendition of it, the file kept and served with its media type', async () => {
    const doc = letterDoc();
    const { body } = await gql(INGEST_FILE, { content: doc.toString('base64'), origin: 'ninhbinh.gov.vn/27-tb-bcd.doc' }, editor);
    expect(body.errors).toBeUndefined();
    expect(body.data.ingestFile).toMatchObject({
      outcome: 'NEW_RENDITION',
      directive: { number: '27/TB-BCĐ', issuedOn: '2021-09-14', province: { code: 'VN-18' } },
      rendition: { originFormat: 'DOC', ocrConfidence: null, pageStarts: null, sourceFile: { mediaType: 'application/msword', byteSize: doc.length, pageCount: 1 } },
    });
    expect(body.data.ingestFile.directive.renditions.map((r: { originFormat: string }) => r.originFormat).sort()).toEqual(['DOC', 'PDF_OCR', 'PDF_TEXT', 'TEXT']);
    await expectServed(body.data.ingestFile.rendition.sourceFile.url, 'application/msword', doc);
  });

  it('refuses a protected, damaged or oversized PDF, a damaged Word document and an Office 97-2003 file that is no Word document with their reasons, storing nothing', async () => {
    const before = await rowCounts(db.orm);
    const docx = letterDocx();
    const cases: [Buffer, string][] = [
      [await letterPdf(undefined, { password: 'secret' }), 'ENCRYPTED'],
      [Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1000, 1)]), 'DAMAGED'],
      [await letterPdf(undefined, { extraPages: 70 }), 'TOO_LARGE'],
      // Cut in half: the archive's directory, at its end, is gone.
      [docx.subarray(0, docx.length >> 1), 'DAMAGED'],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1000, 0)]), 'NOT_TEXT'],
    ];
    for (const [file, reason] of cases) {
      const { body } = await gql(INGEST_FILE, { content: file.toString('base64') }, editor);
      expect(body.errors?.[0].extensions).toMatchObject({ code: 'UNPROCESSABLE_DOCUMENT', reason });
    }
    const { body } = await gql(INGEST_FILE, { content: 'not base64!' }, editor);
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await rowCounts(db.orm)).toEqual(before);
  }, 60_000);

  it('takes a large file only with an editor key: anonymous bodies keep their 1 MB limit', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024, 1).toString('base64');
    const anonymous = await gql(INGEST_FILE, { content: big }, 'Bearer dcp_' + 'x'.repeat(43));
    expect(anonymous.status).toBe(413);
    const asEditor = await gql(INGEST_FILE, { content: big }, editor);
    expect(asEditor.body.errors?.[0].extensions).toMatchObject({ code: 'UNPROCESSABLE_DOCUMENT' });
  });

  it('answers 404 for a file it does not hold and 400 for a malformed name', async () => {
    expect((await fetch(`${server.url}/source-files/${'0'.repeat(64)}`)).status).toBe(404);
    const bad = await fetch(`${server.url}/source-files/..%2Fetc`);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'BAD_USER_INPUT' } });
  });
});

describe('npm run ingest', () => {
  it('takes a scanned page as an image file, printing its page progress on standard error', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scan-'));
    const image = path.join(dir, 'trang-1.jpg');
    fs.writeFileSync(image, (await scanPages(await letterPdf()))[0]);
    const progress = jest.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const outcome = await ingestFile(db.orm.em, image);
      // The JPEG reads like the scanned PDF made of it: a new rendition, or, when OCR gives the same text, the one held.
      expect(outcome.ok).toBe(true);
      expect(outcome.line).toMatch(/trang-1\.jpg: (new rendition of|already held:) 27\/TB-BCĐ$/);
      expect(progress.mock.calls.map((call) => String(call[0]))).toContainEqual(expect.stringMatching(/trang-1\.jpg: page 1\/1: OCR, \d+ letters, mean confidence \d+%$/));
    } finally {
      progress.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
