import fs from 'node:fs';
import path from 'node:path';
import { createApiKey } from '../auth/keys';
import { ingest } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { letterText } from './fixtures/letter';
import { rowCounts, seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

// One directive per document: a copy whose number differs only in case, look-alike letters or spacing, a
// copy with trailing spaces, and two ingestions of one document at once all land on the directive we hold.

let db: TestDatabase;
let server: TestServer;
let editor: string;

beforeAll(async () => {
  ({ db, server } = await seededServer());
  editor = (await createApiKey(db.orm.em, 'Editor Eve', 'editor')).secret;
});
afterAll(() => stopSeededServer({ db, server }));

const TH_402 = fs.readFileSync(path.join(repoRoot(), 'seeds/corpus/004_218e12ecb44d83c2.txt'), 'utf8');
const directives = async () => (await rowCounts(db.orm)).directive;

async function lookup(number: string, province: string) {
  const body = await server.query('query($n: String!, $p: String) { directive(number: $n, province: $p) { number province { code } renditions { origin } } }', { n: number, p: province });
  return body;
}

describe('one directive per document', () => {
  it('files a copy whose number is lower-cased, spaced or typed with Cyrillic look-alikes under the directive held', async () => {
    const before = await directives();
    expect(TH_402).toContain('Số 402 - CV/TU');
    const lower = await ingest(db.orm.em, TH_402.replace('402 - CV/TU', '402-cv/tu').replace(/\n*$/, '\nBản sao.\n'), { origin: 'copy-lower' });
    const spaced = await ingest(db.orm.em, TH_402.replace('402 - CV/TU', '402  -  CV / TU').replace(/\n*$/, '\nBản sao thứ hai.\n'), { origin: 'copy-spaced' });
    const cyrillic = await ingest(db.orm.em, TH_402.replace('402 - CV/TU', '402-СV/ТU').replace(/\n*$/, '\nBản sao thứ ba.\n'), { origin: 'copy-cyrillic' });
    expect([lower.outcome, spaced.outcome, cyrillic.outcome]).toEqual(['NEW_RENDITION', 'NEW_RENDITION', 'NEW_RENDITION']);
    expect(await directives()).toBe(before);
    // The printed form stays as the best text prints it, and the README's lookup answers one directive.
    const { data, errors } = await lookup('402-cv/tu', 'VN-21');
    expect(errors).toBeUndefined();
    expect(data.directive.number).toBe('402-CV/TU');
    expect(data.directive.renditions.map((r: any) => r.origin)).toEqual(expect.arrayContaining(['copy-lower', 'copy-spaced', 'copy-cyrillic']));
  });

  it('takes a text that differs only in trailing spaces and blank lines for the one it already holds', async () => {
    const again = await ingest(db.orm.em, `${TH_402.replace(/\n/g, '  \n')}\n\n\n`, { origin: 'with-spaces' });
    expect(again.outcome).toBe('UNCHANGED');
    expect(again.rendition.origin).not.toBe('with-spaces');
  });

  it('files two ingestions of one new document sent at once as one directive: the second answers UNCHANGED', async () => {
    const before = await directives();
    const send = () =>
      server.post('mutation($t: String!) { ingestDocument(text: $t, origin: "at-once") { outcome directive { number } } }', { t: letterText() }, `Bearer ${editor}`);
    const answers = await Promise.all([send(), send(), send()]);
    for (const a of answers) expect(a.body.errors).toBeUndefined();
    expect(answers.map((a) => a.body.data.ingestDocument.outcome).sort()).toEqual(['NEW_DIRECTIVE', 'UNCHANGED', 'UNCHANGED']);
    expect(await directives()).toBe(before + 1);
  });

  it("refuses a correction that would give a directive another directive's number", async () => {
    const all = await server.query('{ directives(provinces: ["VN-13"], first: 10) { edges { node { id number } } } }');
    const nodes = all.data.directives.edges.map((e: any) => e.node);
    const other = nodes.find((n: any) => n.number === '11-TB/BCĐ');
    const { body } = await server.post(
      'mutation($id: ID!) { correctDirective(id: $id, number: "370-tb/tu", reason: "Typed the wrong number.") { number } }',
      { id: other.id },
      `Bearer ${editor}`,
    );
    expect(body.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toContain('370-TB/TU');
  });
});

describe('catalogues follow the texts', () => {
  const notice = (extra: string) => `UBND TỈNH NINH BÌNH
Số: 77/TB-UBND

Ninh Bình, ngày 05 tháng 10 năm 2021

THÔNG BÁO
Kết luận của Chủ tịch UBND tỉnh về công tác phòng, chống dịch COVID-19

Ngày 04/10/2021, Chủ tịch UBND tỉnh chủ trì cuộc họp về công tác phòng, chống dịch COVID-19 trên địa bàn tỉnh. Chủ tịch UBND tỉnh kết luận như sau:
1. Các sở, ngành, địa phương tiếp tục thực hiện nghiêm phương châm “4 tại chỗ”${extra}; không chủ quan, lơ là trong mọi tình huống.
2. Sở Y tế tổ chức xét nghiệm sàng lọc cho người dân tại các khu vực có nguy cơ cao.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Nam
`;

  it('no longer lists a slogan only a replaced text used', async () => {
    const slogans = async () => (await server.query('{ slogans(first: 100) { edges { node { canonical } } } }')).data.slogans.edges.map((e: any) => e.node.canonical);
    // A first, noisier text (OCR debris lowers its quality) uses a slogan the better text does not.
    await ingest(db.orm.em, notice(' và “7 giữ vững”').replace('Các sở, ngành', 'Cac s0, ngành ~~ ¦¦ ]] nganh'), { origin: 'noisy' });
    expect(await slogans()).toEqual(expect.arrayContaining(['7 giữ vững']));
    const better = await ingest(db.orm.em, notice(''), { origin: 'clean' });
    expect(better.outcome).toBe('NEW_RENDITION');
    expect(await slogans()).not.toContain('7 giữ vững');
    expect(await slogans()).toContain('4 tại chỗ');
  });
});
