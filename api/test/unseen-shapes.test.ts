// What the API serves for texts unlike the seeds, and for the seeds' facts the general extraction corrected:
// district issuers, legacy encodings, date bounds for undated directives, targets' bounds and conditions,
// unreviewed slogans, each rendition's own gaps. Texts are made up here; everything runs through ingest()
// into a real PostgreSQL and comes back over the real HTTP server.
import { ingest } from '../ingestion/ingest';
import { toGlobalId } from '../graphql/node/global-id';
import { TCVN3 } from '../text/legacy-encoding-tables';
import { toWindows1258 } from '../text/legacy-encode';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => ({ db, server } = await seededServer()));
afterAll(() => stopSeededServer({ db, server }));

const DISTRICT_LETTER = `ỦY BAN NHÂN DÂN
HUYỆN LẬP THẠCH
Số: 902/UBND-VP
V/v tăng cường phòng, chống dịch COVID-19

Lập Thạch, ngày 12 tháng 5 năm 2021

Chủ tịch UBND huyện yêu cầu:

1. Tạm dừng các hoạt động tập trung trên 20 người ngoài công sở; không tụ tập quá 10 người nơi công cộng.

2. Trung tâm Y tế huyện thành lập 4 chốt kiểm soát tại các cửa ngõ vào huyện, khai báo y tế cho người về từ vùng dịch.

3. Người về từ vùng dịch phải cách ly tại nhà 14 ngày và xét nghiệm SARS-CoV-2 theo hướng dẫn.`;

describe('a district’s letter', () => {
  it('is the district’s, in the province the district belongs to, with its limits as targets', async () => {
    await ingest(db.orm.em, DISTRICT_LETTER, { origin: 'made-up district letter' });
    const { data, errors } = await server.query(`{ directive(number: "902/UBND-VP") {
      province { code } issuer { name kind level district }
      targets { metric value unit bound nounPhrase contingent }
    } }`);
    expect(errors).toBeUndefined();
    expect(data.directive.province).toEqual({ code: 'VN-70' });
    expect(data.directive.issuer).toEqual({ name: 'Ủy ban nhân dân huyện Lập Thạch', kind: 'PEOPLES_COMMITTEE', level: 'DISTRICT', district: 'Lập Thạch' });
    const targets = data.directive.targets.map((t: any) => [t.metric, t.value, t.unit, t.bound]);
    expect(targets).toEqual(expect.arrayContaining([
      ['GATHERING_SIZE', 10, 'PEOPLE', 'AT_MOST'],
      ['CHECKPOINTS', 4, 'CHECKPOINTS', null],
      ['QUARANTINE_DAYS', 14, 'DAYS', null],
    ]));
  });
});

describe('letters of two districts of one name', () => {
  it('are each their own province’s, told by the communes they name, under two issuers', async () => {
    const letter = (number: string, communes: string) =>
      `ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\nSố: ${number}\n\nChâu Thành, ngày 2 tháng 8 năm 2021\n\nChủ tịch UBND huyện yêu cầu:\n\n1. Thiết lập vùng cách ly y tế tại ${communes} trong 14 ngày.\n2. Trung tâm Y tế huyện xét nghiệm cho 100% người dân trong vùng cách ly.`;
    // Bến Tre's Châu Thành holds xã Tân Thạch and xã Phú Túc; Đồng Tháp's xã Tân Nhuận Đông and thị trấn Cái Tàu Hạ.
    await ingest(db.orm.em, letter('1520/UBND-VX', 'xã Tân Thạch và xã Phú Túc'), { origin: 'made-up Châu Thành letter, Bến Tre' });
    await ingest(db.orm.em, letter('1521/UBND-VX', 'xã Tân Nhuận Đông và thị trấn Cái Tàu Hạ'), { origin: 'made-up Châu Thành letter, Đồng Tháp' });
    const { data, errors } = await server.query(`{
      a: directive(number: "1520/UBND-VX") { province { code } issuer { id name district province { code } } }
      b: directive(number: "1521/UBND-VX") { province { code } issuer { id name district province { code } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.a.province).toEqual({ code: 'VN-50' });
    expect(data.b.province).toEqual({ code: 'VN-45' });
    expect(data.a.issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Châu Thành', district: 'Châu Thành', province: { code: 'VN-50' } });
    expect(data.b.issuer).toMatchObject({ name: 'Ủy ban nhân dân huyện Châu Thành', district: 'Châu Thành', province: { code: 'VN-45' } });
    expect(data.a.issuer.id).not.toBe(data.b.issuer.id);
  });
});

describe('letters of one province numbered alike in two years', () => {
  it('are two directives, since numbering starts again each year, and the number with its year finds each', async () => {
    const letter = (year: number, order: string) =>
      `ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 4421/UBND-VXNV\nV/v phòng, chống dịch COVID-19\n\nBắc Kạn, ngày 10 tháng 8 năm ${year}\n\nChủ tịch UBND tỉnh yêu cầu:\n\n1. ${order}\n2. Sở Y tế hướng dẫn các địa phương thực hiện.`;
    await ingest(db.orm.em, letter(2020, 'Tạm dừng các hoạt động tập trung trên 30 người.'), { origin: 'made-up Bắc Kạn letter of 2020' });
    await ingest(db.orm.em, letter(2021, 'Xét nghiệm cho 100% người về từ vùng dịch.'), { origin: 'made-up Bắc Kạn letter of 2021' });
    const query = (args: string) => server.query(`{ directive(${args}) { issuedOn renditions { origin } targets { metric value } } }`);
    const both = await query('number: "4421/UBND-VXNV", province: "VN-53"');
    expect(both.errors?.[0].extensions?.code).toBe('AMBIGUOUS');
    expect(both.errors?.[0].message).toBe('several directives are numbered "4421/UBND-VXNV"; add "province" or "year" to choose one');
    const badYear = await query('number: "4421/UBND-VXNV", year: 21');
    expect(badYear.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(badYear.errors?.[0].message).toBe('"year" must be between 1900 and 2100');
    const earlier = await query('number: "4421/UBND-VXNV", year: 2020');
    expect(earlier.errors).toBeUndefined();
    expect(earlier.data.directive).toEqual({ issuedOn: '2020-08-10', renditions: [{ origin: 'made-up Bắc Kạn letter of 2020' }], targets: [{ metric: 'GATHERING_SIZE', value: 30 }] });
    const second = await query('number: "4421/UBND-VXNV", province: "VN-53", year: 2021');
    expect(second.data.directive).toEqual({ issuedOn: '2021-08-10', renditions: [{ origin: 'made-up Bắc Kạn letter of 2021' }], targets: [{ metric: 'TESTING_COVERAGE', value: 100 }] });
    // A letter citing the number with its date cites that year's, before or after it arrives.
    const citing = (number: string) =>
      `ỦY BAN NHÂN DÂN\nHUYỆN CHỢ ĐỒN\nSố: ${number}\n\nChợ Đồn, ngày 12 tháng 8 năm 2021\n\nThực hiện Công văn số 4421/UBND-VXNV ngày 10/8/2021 của UBND tỉnh, Chủ tịch UBND huyện yêu cầu:\n\n1. Xét nghiệm cho 100% người về từ vùng dịch.`;
    await ingest(db.orm.em, citing('812/UBND-VP'), { origin: 'made-up Chợ Đồn letter citing the 2021 one' });
    const cited = await server.query(`{ directive(number: "812/UBND-VP") { references { number cited { issuedOn } } } }`);
    expect(cited.data.directive.references).toEqual([{ number: '4421/UBND-VXNV', cited: { issuedOn: '2021-08-10' } }]);
    await ingest(db.orm.em, citing('813/UBND-VP').replace(/4421\/UBND-VXNV/gu, '4500/UBND-VXNV'), { origin: 'made-up Chợ Đồn letter citing one not held yet' });
    await ingest(db.orm.em, letter(2020, 'Tạm dừng lễ hội.').replace('4421/UBND-VXNV', '4500/UBND-VXNV'), { origin: 'made-up 4500 of 2020' });
    await ingest(db.orm.em, letter(2021, 'Tạm dừng lễ hội.').replace('4421/UBND-VXNV', '4500/UBND-VXNV'), { origin: 'made-up 4500 of 2021' });
    const later = await server.query(`{ directive(number: "813/UBND-VP") { references { number cited { issuedOn } } } }`);
    expect(later.data.directive.references).toEqual([{ number: '4500/UBND-VXNV', cited: { issuedOn: '2021-08-10' } }]);
    // A copy that lost its dateline cannot tell which year's it is: it joins neither.
    const undated = letter(2021, 'Xét nghiệm cho 100% người về từ vùng dịch.').replace(/\nBắc Kạn, ngày[^\n]*/u, '');
    await ingest(db.orm.em, undated, { origin: 'made-up Bắc Kạn letter without its date' });
    const count = await server.query(`{ a: directive(number: "4421/UBND-VXNV", year: 2020) { id } }`);
    expect(count.errors?.[0].extensions?.code).toBe('AMBIGUOUS');
    const rows = await db.orm.em.fork().getConnection().execute(`select count(*)::int as n from rendition r join directive d on d.id = r.directive_id where d.number = '4421/UBND-VXNV' group by d.id order by d.id`);
    expect(rows).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
  });
});

describe('a commune’s notice', () => {
  it('is the commune’s, stored at the commune’s level since its migration, its bare bodies named by the commune', async () => {
    const notice = `UBND HUYỆN LẬP THẠCH\nỦY BAN NHÂN DÂN\nXÃ TIÊN LỮ\nSố: 31/TB-UBND\n\nTiên Lữ, ngày 14 tháng 5 năm 2021\n\nTHÔNG BÁO\nVề việc cách ly y tế thôn Đồng Chằm\n\n1. Cách ly y tế thôn Đồng Chằm trong 14 ngày kể từ 18 giờ ngày 14/5/2021.\n2. Công an xã lập 02 chốt kiểm soát; Trạm Y tế lấy mẫu xét nghiệm cho 100% người dân trong thôn.`;
    await ingest(db.orm.em, notice, { origin: 'made-up commune notice' });
    const { data, errors } = await server.query(`{ directive(number: "31/TB-UBND") { province { code } issuer { name kind level district } } }`);
    expect(errors).toBeUndefined();
    expect(data.directive).toEqual({
      province: { code: 'VN-70' },
      issuer: { name: 'Ủy ban nhân dân xã Tiên Lữ', kind: 'PEOPLES_COMMITTEE', level: 'COMMUNE', district: 'Lập Thạch' },
    });
    const agencies = await server.query(`{ directive(number: "31/TB-UBND") { measures { agencies { canonicalName level } } } }`);
    expect(agencies.errors).toBeUndefined();
    const named = agencies.data.directive.measures.flatMap((m: any) => m.agencies.map((a: any) => [a.canonicalName, a.level]));
    expect(named).toEqual(expect.arrayContaining([['Công an xã Tiên Lữ', 'COMMUNE'], ['Trạm Y tế xã Tiên Lữ', 'COMMUNE']]));
  });
});

describe('a time limit in hours', () => {
  it('is stored and served in hours, with days only when they are whole (it once failed the whole document)', async () => {
    const letter = `ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nSố: 1204/UBND-VX\n\nNinh Bình, ngày 2 tháng 8 năm 2021\n\n1. Người về từ vùng dịch phải khai báo y tế trong vòng 12 giờ kể từ khi về đến địa phương.\n2. Trung tâm Y tế lấy mẫu xét nghiệm cho 100% người về từ vùng dịch, trả kết quả trong vòng 48 giờ kể từ khi lấy mẫu.`;
    await ingest(db.orm.em, letter, { origin: 'made-up letter with hours' });
    const { data, errors } = await server.query(`{ directive(number: "1204/UBND-VX") {
      measures { category deadline { kind days hours event } }
      targets { metric value deadline { kind days hours event } }
    } }`);
    expect(errors).toBeUndefined();
    expect(data.directive.measures.map((m: any) => [m.category, m.deadline])).toEqual([
      ['DIGITAL_TOOLS', { kind: 'WITHIN_DAYS_OF_EVENT', days: null, hours: 12, event: 'về đến địa phương' }],
      ['TESTING', { kind: 'WITHIN_DAYS_OF_EVENT', days: 2, hours: 48, event: 'lấy mẫu' }],
    ]);
    expect(data.directive.targets.filter((t: any) => t.metric === 'TESTING_COVERAGE')).toEqual([{ metric: 'TESTING_COVERAGE', value: 100, deadline: { kind: 'WITHIN_DAYS_OF_EVENT', days: 2, hours: 48, event: 'lấy mẫu' } }]);
  });
});

describe('a text holding what PostgreSQL cannot store', () => {
  it('is stored with U+FFFD in its place, its quotes still the stored text (it once failed with an unexpected error)', async () => {
    // RTF escapes every character outside ASCII; a converter that wrote one code unit per character kept the high
    // half of "📢" alone.
    const escaped = (text: string) => [...text].map((ch) => (ch.charCodeAt(0) > 127 ? `\\u${ch.charCodeAt(0)}?` : ch)).join('\\par ');
    const lines = ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG TRỊ', 'Số: 5120/UBND-VX', 'Quảng Trị, ngày 20 tháng 12 năm 2021', '1. Thực hiện nghiêm thông điệp 5K, không tụ tập quá 10 người.'];
    const rtf = `{\\rtf1\\ansi\\uc1 ${lines.map((l) => escaped(l).replaceAll('\\par ', '')).join('\\par ')}\\par \\u-10179? ${escaped('2. Mọi người dân khai báo y tế.')}\\par}`;
    await ingest(db.orm.em, rtf, { origin: 'made-up RTF with half a pair' });
    const { data, errors } = await server.query(`{ directive(number: "5120/UBND-VX", province: "VN-25") { renditions { text } targets { value citation { quote start end } } } }`);
    expect(errors).toBeUndefined();
    const [rendition] = data.directive.renditions;
    expect(rendition.text).toContain('\uFFFD');
    const [target] = data.directive.targets;
    expect(target.value).toBe(10);
    expect(rendition.text.slice(target.citation.start, target.citation.end)).toBe(target.citation.quote);
  });

  it('is stored with U+FFFD for a NUL a JSON string escapes (it once failed with an unexpected error)', async () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 5121/UBND-VX\nQuảng Trị, ngày 20 tháng 12 năm 2021\n1. Thực hiện nghiêm thông điệp 5K\u0000, không tụ tập quá 10 người.';
    await ingest(db.orm.em, JSON.stringify({ so_hieu: '5121/UBND-VX', noi_dung: text }), { origin: 'made-up JSON with a NUL' });
    const { data, errors } = await server.query(`{ directive(number: "5121/UBND-VX", province: "VN-25") { renditions { text } targets { value } } }`);
    expect(errors).toBeUndefined();
    expect(data.directive.renditions[0].text).toContain('5K\uFFFD, không tụ tập');
    expect(data.directive.targets).toEqual([{ value: 10 }]);
  });
});

describe('a response scenario', () => {
  it('is stored and served as a Kịch bản, a kind the database accepts since its migration', async () => {
    const scenario = `ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 88/KB-UBND\n\nHà Tĩnh, ngày 15 tháng 2 năm 2021\n\nKỊCH BẢN\nỨng phó dịch COVID-19 trên địa bàn tỉnh\n\n1. Tình huống 1: chưa ghi nhận ca bệnh. Các huyện chuẩn bị sẵn sàng 300 giường cách ly tập trung.\n2. Tình huống 2: có ca bệnh trong cộng đồng. Phong tỏa khu vực có ca bệnh, xét nghiệm 100% người dân trong khu vực phong tỏa.`;
    await ingest(db.orm.em, scenario, { origin: 'made-up scenario' });
    const { data, errors } = await server.query(`{ directive(number: "88/KB-UBND") { kind province { code } } }`);
    expect(errors).toBeUndefined();
    expect(data.directive).toEqual({ kind: 'KICH_BAN', province: { code: 'VN-23' } });
  });
});

describe('a text typed in a legacy font', () => {
  it('is converted to Unicode as it is read, and the rendition says from which encoding', async () => {
    // TCVN3 (ABC) bytes: "Thông báo" is "Th«ng b¸o" in the .Vn fonts.
    const unicode = `ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 61/TB-UBND\n\nPhú Thọ, ngày 3 tháng 6 năm 2021\n\nTHÔNG BÁO\n\n1. Tạm dừng hoạt động các cơ sở karaoke, vũ trường để phòng, chống dịch COVID-19.\n2. Yêu cầu người dân thực hiện nghiêm 5K, khai báo y tế khi đi từ vùng có dịch về.`;
    const tcvn3 = Buffer.from(encodeTcvn3(unicode), 'latin1');
    const { rendition } = await ingest(db.orm.em, tcvn3, { origin: 'made-up TCVN3 file' });
    const { data } = await server.query(`query($id: ID!) { node(id: $id) { ... on Rendition { encoding text directive { number kind } } } }`, {
      id: toGlobalId('Rendition', rendition.id),
    });
    expect(data.node.encoding).toBe('TCVN3');
    expect(data.node.text).toContain('Tạm dừng hoạt động các cơ sở karaoke');
    expect(data.node.directive).toEqual({ number: '61/TB-UBND', kind: 'THONG_BAO' });
  });

  it('and a text file Vietnamese Windows saved as "ANSI" (Windows-1258) likewise', async () => {
    const unicode = `ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 62/TB-UBND\n\nPhú Thọ, ngày 4 tháng 6 năm 2021\n\nTHÔNG BÁO\n\n1. Tạm dừng hoạt động các cơ sở kinh doanh dịch vụ xoa bóp, xông hơi để phòng, chống dịch COVID-19.\n2. Yêu cầu người dân thực hiện nghiêm 5K, khai báo y tế khi đi từ vùng có dịch về.`;
    const { rendition } = await ingest(db.orm.em, toWindows1258(unicode), { origin: 'made-up Windows-1258 file' });
    const { data } = await server.query(`query($id: ID!) { node(id: $id) { ... on Rendition { encoding text directive { number kind } } } }`, {
      id: toGlobalId('Rendition', rendition.id),
    });
    expect(data.node.encoding).toBe('WINDOWS_1258');
    expect(data.node.text).toContain('Tạm dừng hoạt động các cơ sở kinh doanh dịch vụ xoa bóp');
    expect(data.node.directive).toEqual({ number: '62/TB-UBND', kind: 'THONG_BAO' });
  });
});

describe('an undated directive', () => {
  it('is dated from the latest document it cites, and date filters find it there', async () => {
    const { data } = await server.query(`{
      directives(provinces: ["VN-13"], from: "2020-12-01", to: "2020-12-31") { edges { node { number datedOn datedFrom datedTo missing { field reason } } } }
    }`);
    expect(data.directives.edges).toHaveLength(1);
    const letter = data.directives.edges[0].node;
    expect(letter).toMatchObject({ number: null, datedOn: null, datedFrom: '2020-12-02', datedTo: null });
    expect(letter.missing).toContainEqual({
      field: 'issuedOn',
      reason: 'the scan has no date line; it cites Công điện số 1699/CĐ-TTg of 2020-12-02, so it was issued on or after 2020-12-02',
    });
  });
});

describe('the seeds, read again', () => {
  it('370-TB/TU takes its signer from the scan, and each rendition keeps its own gaps', async () => {
    const { data } = await server.query(`{ directive(number: "370-TB/TU") {
      signer { name title onBehalfOf } missing { field }
      renditions { format missing { field reason } }
    } }`);
    expect(data.directive.signer).toEqual({ name: 'Ngô Quang Hưng', title: 'CHÁNH VĂN PHÒNG', onBehalfOf: 'T/L BAN THƯƠNG vụ' });
    expect(data.directive.missing.map((m: any) => m.field)).not.toContain('signer');
    const portal = data.directive.renditions.find((r: any) => r.format === 'PORTAL');
    expect(portal.missing).toContainEqual({ field: 'signer', reason: 'portal article: no signature block' });
  });

  it('402-CV/TU’s testing goals are contingent and scoped to the localities with testing machines', async () => {
    const { data } = await server.query(`{ targets(provinces: ["VN-21"], metrics: ["RT_PCR_SINGLE_SAMPLES", "RT_PCR_POOLED_SAMPLES"]) {
      edges { node { value contingent qualifiers { scope condition } } } } }`);
    expect(data.targets.edges.map((e: any) => e.node)).toEqual([
      { value: 8000, contingent: true, qualifiers: { scope: 'các địa phương, đơn vị đã được trang bị máy xét nghiệm', condition: 'khi có tình huống xảy ra' } },
      { value: 80000, contingent: true, qualifiers: { scope: 'các địa phương, đơn vị đã được trang bị máy xét nghiệm', condition: 'khi có tình huống xảy ra' } },
    ]);
  });

  it('serves a reviewed slogan with its gloss and never a placeholder', async () => {
    const { data } = await server.query(`{ slogans(first: 100) { edges { node { canonical gloss reviewed } } } }`);
    const slogans = data.slogans.edges.map((e: any) => e.node);
    expect(slogans.find((s: any) => s.canonical === 'mục tiêu kép')).toMatchObject({ reviewed: true, gloss: expect.any(String) });
    for (const s of slogans) {
      if (!s.reviewed) expect(s.gloss).toBeNull();
      else expect(s.gloss).not.toMatch(/not in the lexicon/);
    }
  });
});

/** Unicode as a TCVN3 (ABC) file writes it: one byte per letter, toned letters in lower case only. */
function encodeTcvn3(text: string): string {
  const byLetter = new Map(Object.entries(TCVN3).map(([code, letter]) => [letter, code]));
  return [...text.normalize('NFC')].map((ch) => byLetter.get(ch) ?? byLetter.get(ch.toLowerCase()) ?? ch).join('');
}
