import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import express from 'express';
import { parse } from 'csv-parse/sync';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Directive, Measure, Rendition, Target } from '../db/entities';
import type { Orm } from '../db/orm';
import { countStatements } from '../db/statement-counter';
import { parseCommand, runExport } from '../export/command';
import { exportRouter } from '../export/http';
import { toGlobalId } from '../graphql/node/global-id';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => ({ db, server } = await seededServer()));
afterAll(() => stopSeededServer({ db, server }));

const TARGET_HEADER =
  'province_code,province_name,directive_number,directive_id,document_kind,issued_on,meeting_on,dated_on,dated_from,metric,value,unit,bound,noun_phrase,contingent,pool_size,dose,scope,population,condition,per_1000_people,' +
  'deadline_kind,deadline_date,deadline_period_start,deadline_period_end,deadline_days,deadline_hours,deadline_event,quote,rendition_id,rendition_origin,start,end,rule,corrected';
const MEASURE_HEADER =
  'province_code,province_name,directive_number,directive_id,document_kind,issued_on,meeting_on,dated_on,dated_from,category,other_categories,oxcgrt_code,strength,direction,agencies,' +
  'deadline_kind,deadline_date,deadline_period_start,deadline_period_end,deadline_days,deadline_hours,deadline_event,quote,rendition_id,rendition_origin,start,end,rule,corrected';

type CsvRecord = { [column: string]: string };

async function get(path: string, base = server.url) {
  const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(20_000) });
  // Bytes, not text(): text() would strip the BOM this suite checks for.
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const records = (bytes: Buffer): CsvRecord[] => parse(bytes, { bom: true, columns: true });
const jsonOf = (bytes: Buffer) => JSON.parse(bytes.toString('utf8'));

function sink() {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { out, bytes: () => Buffer.concat(chunks) };
}

async function ids(number: string, origin: string) {
  const em = db.orm.em.fork();
  const directive = await em.findOneOrFail(Directive, { number });
  const rendition = await em.findOneOrFail(Rendition, { origin: `seeds/corpus/${origin}` });
  return { directive_id: toGlobalId('Directive', directive.id), rendition_id: toGlobalId('Rendition', rendition.id), rendition_origin: `seeds/corpus/${origin}`, text: rendition.text };
}

const NO_DEADLINE = { deadline_kind: '', deadline_date: '', deadline_period_start: '', deadline_period_end: '', deadline_days: '', deadline_hours: '', deadline_event: '' };

describe('GET /export/targets.csv', () => {
  it('serves a UTF-8 CSV attachment with a BOM and the documented header', async () => {
    const { status, headers, bytes } = await get('/export/targets.csv');
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(headers.get('content-disposition')).toBe('attachment; filename="targets.csv"');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(TARGET_HEADER);
  });

  it('gives the exact testing targets of Quảng Ninh 370-TB/TU and Thanh Hóa 402-CV/TU, diacritics intact', async () => {
    const rows = records((await get('/export/targets.csv')).bytes).filter((r) => r.metric.startsWith('RT_PCR_'));
    const qn = await ids('370-TB/TU', '001_c0365480307932db.txt');
    const th = await ids('402-CV/TU', '004_218e12ecb44d83c2.txt');
    const quangNinh = { province_code: 'VN-13', province_name: 'Quảng Ninh', directive_number: '370-TB/TU', directive_id: qn.directive_id, document_kind: 'THONG_BAO', issued_on: '2021-09-28', meeting_on: '2021-09-27', dated_on: '2021-09-28', dated_from: '2021-09-28' };
    const thanhHoa = { province_code: 'VN-21', province_name: 'Thanh Hóa', directive_number: '402-CV/TU', directive_id: th.directive_id, document_kind: 'CONG_VAN', issued_on: '2021-09-30', meeting_on: '2021-09-29', dated_on: '2021-09-30', dated_from: '2021-09-30' };
    const fromQn = { rendition_id: qn.rendition_id, rendition_origin: qn.rendition_origin };
    const fromTh = { rendition_id: th.rendition_id, rendition_origin: th.rendition_origin };
    const qualifiers = (q: Partial<CsvRecord>) => ({ bound: '', contingent: 'false', pool_size: '', dose: '', scope: '', population: '', condition: '', corrected: 'false', ...q });
    expect(rows.map(({ start, end, ...rest }) => rest)).toEqual([
      { ...quangNinh, metric: 'RT_PCR_SINGLE_SAMPLES', value: '15000', unit: 'SAMPLES_PER_DAY', ...qualifiers({ noun_phrase: 'mẫu đơn/ngày', scope: '13/13 địa phương', per_1000_people: '11.104' }), ...NO_DEADLINE, quote: '15.000 mẫu đơn/ngày', ...fromQn, rule: 'target.rt-pcr-single-samples' },
      { ...quangNinh, metric: 'RT_PCR_POOLED_SAMPLES', value: '75000', unit: 'SAMPLES_PER_DAY', ...qualifiers({ noun_phrase: 'mẫu gộp 5/ngày', pool_size: '5', scope: '13/13 địa phương', per_1000_people: '55.521' }), ...NO_DEADLINE, quote: '75.000 mẫu gộp 5/ngày', ...fromQn, rule: 'target.rt-pcr-pooled-samples' },
      { ...thanhHoa, metric: 'RT_PCR_SINGLE_SAMPLES', value: '8000', unit: 'SAMPLES_PER_DAY', ...qualifiers({ noun_phrase: 'mẫu đơn/ngày', contingent: 'true', scope: 'các địa phương, đơn vị đã được trang bị máy xét nghiệm', condition: 'khi có tình huống xảy ra', per_1000_people: '2.153' }), ...NO_DEADLINE, quote: '8.000 mẫu đơn/ngày', ...fromTh, rule: 'target.rt-pcr-single-samples' },
      { ...thanhHoa, metric: 'RT_PCR_POOLED_SAMPLES', value: '80000', unit: 'SAMPLES_PER_DAY', ...qualifiers({ noun_phrase: 'mẫu gộp/ngày', contingent: 'true', scope: 'các địa phương, đơn vị đã được trang bị máy xét nghiệm', condition: 'khi có tình huống xảy ra', per_1000_people: '21.526' }), ...NO_DEADLINE, quote: '80.000 mẫu gộp/ngày', ...fromTh, rule: 'target.rt-pcr-pooled-samples' },
    ]);
    // start and end locate the quote in its rendition's text.
    const texts = new Map([[qn.rendition_id, qn.text], [th.rendition_id, th.text]]);
    for (const r of rows) expect(texts.get(r.rendition_id)!.slice(Number(r.start), Number(r.end))).toBe(r.quote);
  });

  it('spells deadlines out in their own columns', async () => {
    const rows = records((await get('/export/targets.csv?provinces=VN-21&metrics=VACCINATION_COMPLETION_DAYS')).bytes);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ value: '7', unit: 'DAYS', deadline_kind: 'WITHIN_DAYS_OF_EVENT', deadline_days: '7', deadline_hours: '', deadline_event: 'được phân bổ vắc xin', deadline_date: '', quote: '07 ngày' });
  });

  it('applies the filters: provinces, metrics (repeated or comma-separated), from and to', async () => {
    const pick = async (query: string) => records((await get(`/export/targets.csv?${query}`)).bytes).map((r) => [r.province_code, r.directive_number, r.metric, r.value, r.pool_size]);
    expect(await pick('provinces=VN-21')).toEqual([
      ['VN-21', '402-CV/TU', 'RT_PCR_SINGLE_SAMPLES', '8000', ''],
      ['VN-21', '402-CV/TU', 'RT_PCR_POOLED_SAMPLES', '80000', ''],
      ['VN-21', '402-CV/TU', 'VACCINATION_COMPLETION_DAYS', '7', ''],
    ]);
    expect(await pick('metrics=RT_PCR_POOLED_SAMPLES')).toEqual([
      ['VN-13', '370-TB/TU', 'RT_PCR_POOLED_SAMPLES', '75000', '5'],
      ['VN-21', '402-CV/TU', 'RT_PCR_POOLED_SAMPLES', '80000', ''],
    ]);
    const both = await pick('provinces=vn-13,VN-21&metrics=RT_PCR_SINGLE_SAMPLES&metrics=RT_PCR_POOLED_SAMPLES');
    expect(both.map((r) => r[3])).toEqual(['15000', '75000', '8000', '80000']);
    // 11-TB/BCĐ (2021-09-22) is before the range; 370-TB/TU (2021-09-28) and 402-CV/TU (2021-09-30) are in it.
    expect(await pick('metrics=VACCINATION_COVERAGE&from=2021-09-23')).toEqual([['VN-13', '370-TB/TU', 'VACCINATION_COVERAGE', '100', '']]);
    expect((await pick('to=2021-09-22')).map((r) => r[1])).toEqual(['11-TB/BCĐ']);
    expect(await pick('provinces=VN-01')).toEqual([]);
  });

  it('gives the same targets as the GraphQL query `targets` with the same filters', async () => {
    const exported = records((await get('/export/targets.csv?provinces=VN-13&units=SAMPLES_PER_DAY,PERCENT')).bytes);
    const { data } = await server.query(`{ targets(provinces: ["VN-13"], units: ["SAMPLES_PER_DAY", "PERCENT"], first: 100) {
      edges { node { metric value directive { id } citation { quote } } } } }`);
    expect(exported.map((r) => [r.directive_id, r.metric, Number(r.value), r.quote])).toEqual(
      data.targets.edges.map(({ node }: any) => [node.directive.id, node.metric, node.value, node.citation.quote]),
    );
    expect(exported).toHaveLength(4);
  });
});

describe('GET /export/measures.csv', () => {
  it('round-trips quotes with commas and with double quote characters exactly', async () => {
    const { bytes } = await get('/export/measures.csv');
    expect(bytes.subarray(3).toString('utf8').split('\r\n')[0]).toBe(MEASURE_HEADER);
    const rows = records(bytes);
    const doubleQuoted = 'Tiếp tục quán triệt, nghiêm túc thực hiện quyết liệt các văn bản lãnh đạo, chỉ đạo của Trung ương và của tỉnh về công tác phòng, chống dịch COVID-19 theo đúng phương châm "3 trước", "4 tại chỗ"';
    const withCommas = 'Trong đó, Nhà nước là chủ thể quản lý, phải đi trước một bước và chính quyền cơ sở là trọng tâm trong chiến lược phòng, chống dịch mới';
    // RFC 4180: the field is quoted and its double quotes doubled.
    expect(bytes.toString('utf8')).toContain(`,"${doubleQuoted.replaceAll('"', '""')}",`);
    expect(rows.filter((r) => r.quote === doubleQuoted)).toHaveLength(1);
    expect(rows.filter((r) => r.quote === withCommas)).toHaveLength(1);

    // The December 2020 letter of Quảng Ninh has no number and no date: empty cells, not "null".
    const letter = rows.find((r) => r.quote === doubleQuoted)!;
    const origin = 'seeds/corpus/003_f66ca6d4ce58e4a8.txt';
    const rendition = await db.orm.em.fork().findOneOrFail(Rendition, { origin });
    expect(letter).toMatchObject({ province_code: 'VN-13', province_name: 'Quảng Ninh', directive_number: '', document_kind: 'CONG_VAN', issued_on: '', meeting_on: '', dated_on: '' });
    expect(letter).toMatchObject({ category: 'GENERAL_PREPAREDNESS', strength: 'REQUIRED', rendition_origin: origin, rendition_id: toGlobalId('Rendition', rendition.id), rule: 'measure.instruction' });
    expect(rendition.text.slice(Number(letter.start), Number(letter.end))).toBe(doubleQuoted);
  });

  it('joins other categories and agency names with "|"', async () => {
    const rows = records((await get('/export/measures.csv?provinces=VN-21&oxcgrtCodes=C8')).bytes);
    const border = rows.find((r) => r.quote.startsWith('Sở Giao thông vận tải, Sở Ngoại vụ chủ động phối hợp'))!;
    expect(border).toMatchObject({ category: 'BORDER_ENTRY_CONTROL', oxcgrt_code: 'C8', agencies: 'Sở Giao thông vận tải|Sở Ngoại vụ' });
    // Each agency is stored once under its canonical name; the cell lists them, alphabetically.
    const measure = await db.orm.em.fork().findOneOrFail(Measure, { citation: { quote: border.quote } }, { populate: ['agencies'] });
    // The other categories the instruction touches (vaccination and testing, among others), in the order extraction ranked them.
    expect(measure.otherCategories).toEqual(expect.arrayContaining(['VACCINATION', 'TESTING']));
    expect(border.other_categories).toBe(measure.otherCategories.join('|'));
    expect(measure.agencies.getItems().map((a) => a.canonicalName).sort()).toEqual(['Sở Giao thông vận tải', 'Sở Ngoại vụ']);
  });

  it.each([
    ['categories=TESTING&provinces=VN-21', '(categories: ["TESTING"], provinces: ["VN-21"])'],
    ['agencies=S%E1%BB%9F%20Y%20t%E1%BA%BF&agencies=Ng%C3%A0nh%20Y%20t%E1%BA%BF', '(agencies: ["Sở Y tế", "Ngành Y tế"])'],
    ['oxcgrtCodes=H2,C8&to=2021-09-28', '(oxcgrtCodes: ["H2", "C8"], to: "2021-09-28")'],
    ['strengths=FORBIDDEN,ENCOURAGED', '(strengths: [FORBIDDEN, ENCOURAGED])'],
  ])('gives the same measures as the GraphQL query `measures` for %s', async (query, args) => {
    const exported = records((await get(`/export/measures.csv?${query}`)).bytes);
    const nodes: any[] = [];
    for (let after: string | null = null; ; ) {
      const { data, errors }: any = await server.query(`query($after: String) { measures${args.slice(0, -1)}, first: 100, after: $after) {
        edges { node { category strength directive { id } citation { quote } agencies { canonicalName } } } pageInfo { hasNextPage endCursor } } }`, { after });
      expect(errors).toBeUndefined();
      nodes.push(...data.measures.edges.map((e: any) => e.node));
      if (!data.measures.pageInfo.hasNextPage) break;
      after = data.measures.pageInfo.endCursor;
    }
    expect(nodes.length).toBeGreaterThan(0);
    expect(exported.map((r) => [r.directive_id, r.category, r.strength, r.quote, r.agencies])).toEqual(
      nodes.map((n) => [n.directive.id, n.category, n.strength, n.citation.quote, n.agencies.map((a: any) => a.canonicalName).sort(new Intl.Collator('vi').compare).join('|')]),
    );
  });
});

describe('JSON export', () => {
  it.each(['targets', 'measures'])('/export/%s.json holds the same rows as the CSV, typed (numbers, nulls)', async (kind) => {
    const csv = await get(`/export/${kind}.csv?provinces=VN-13`);
    const json = await get(`/export/${kind}.json?provinces=VN-13`);
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toBe(`attachment; filename="${kind}.json"`);
    const objects: CsvRecord[] = jsonOf(json.bytes);
    const header = csv.bytes.subarray(3).toString('utf8').split('\r\n')[0].split(',');
    for (const o of objects) expect(Object.keys(o)).toEqual(header);
    const asCsvCells = objects.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null ? '' : String(v)])));
    expect(asCsvCells).toEqual(records(csv.bytes));
    expect(objects.length).toBeGreaterThan(3);
  });

  it('types numbers as numbers and unknown values as null', async () => {
    const [pooled] = jsonOf((await get('/export/targets.json?provinces=VN-13&metrics=RT_PCR_POOLED_SAMPLES')).bytes);
    expect(pooled).toMatchObject({ province_name: 'Quảng Ninh', value: 75000, pool_size: 5, dose: null, condition: null, deadline_kind: null, quote: '75.000 mẫu gộp 5/ngày' });
    expect(typeof pooled.start).toBe('number');
    expect(jsonOf((await get('/export/measures.json?provinces=VN-01')).bytes)).toEqual([]);
  });
});

describe('bad parameters', () => {
  it.each([
    ['/export/targets.csv?from=2021-13-01', '"from" must be a date as YYYY-MM-DD, not "2021-13-01"'],
    ['/export/targets.json?from=2021-10-01&to=2021-09-01', '"from" (2021-10-01) is after "to" (2021-09-01)'],
    ['/export/targets.csv?province=VN-13', 'unknown parameter "province" for targets; expected "provinces", "from", "to", "metrics", "units"'],
    ['/export/measures.csv?metrics=RT_PCR_SINGLE_SAMPLES', 'unknown parameter "metrics" for measures; expected "provinces", "from", "to", "categories", "oxcgrtCodes", "strengths", "agencies"'],
    ['/export/measures.json?strengths=MANDATORY', '"strengths" accepts REQUIRED, ENCOURAGED, FORBIDDEN, not MANDATORY'],
    ['/export/targets.csv?from=2021-09-01&from=2021-09-02', '"from" takes one date, not 2'],
    ['/export/targets.csv?provinces=', '"provinces" is empty'],
    ['/export/targets.csv?provinces=VN-13%00', '"provinces" contains a NUL character'],
    ['/export/targets.csv?from=0000-01-01', '"from" must be a date as YYYY-MM-DD, not "0000-01-01"'],
    ['/export/targets.csv?metrics=TESTNG_COVERAGE', 'unknown metric "TESTNG_COVERAGE" (did you mean TESTING_COVERAGE?): use a code of seeds/lexicons/metrics.json or OTHER'],
    ['/export/measures.json?provinces=VN-13,Quang%20Ninh', 'unknown province code "Quang Ninh" (did you mean VN-13 (Quảng Ninh)?): use an ISO 3166-2 code such as VN-13 (the `provinces` query lists them)'],
  ])('%s answers 400 BAD_USER_INPUT', async (path, message) => {
    const { status, headers, bytes } = await get(path);
    expect(status).toBe(400);
    expect(headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(headers.get('content-disposition')).toBeNull();
    expect(jsonOf(bytes)).toEqual({ error: { code: 'BAD_USER_INPUT', message } });
  });

  it('answers 400 BAD_USER_INPUT for a list of more than 100 values', async () => {
    const { status, bytes } = await get(`/export/targets.csv?provinces=${Array.from({ length: 101 }, (_, i) => `VN-${i}`).join(',')}`);
    expect(status).toBe(400);
    expect(jsonOf(bytes)).toEqual({ error: { code: 'BAD_USER_INPUT', message: '"provinces" has 101 values; at most 100' } });
  });

  it('answers 404 NOT_FOUND for an export that does not exist', async () => {
    const { status, bytes } = await get('/export/targets.xlsx');
    expect(status).toBe(404);
    expect(jsonOf(bytes)).toEqual({ error: { code: 'NOT_FOUND', message: 'no export at /targets.xlsx; try /targets.csv or /targets.json' } });
  });
});

describe('batches and failures', () => {
  /** The router alone, with a small batch size, on its own port. */
  async function routerServer(orm: Pick<Orm, 'em'>, batchSize: number) {
    const app = express();
    app.use('/export', exportRouter(orm, { batchSize }));
    const httpServer = http.createServer(app);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    return {
      url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
      close: () => new Promise<void>((resolve) => {
        httpServer.closeAllConnections();
        httpServer.close(() => resolve());
      }),
    };
  }

  /**
   * An ORM whose n-th statement of each request, and every one after it, fails as a terminated connection does.
   * The read path sends each statement on a connection it takes from the pool for it (api/read/statement.ts):
   * taking the n-th one fails.
   */
  function failingFrom(n: number): Pick<Orm, 'em'> {
    const fork = () => {
      const em = db.orm.em.fork() as EntityManager;
      const connection = em.getConnection.bind(em);
      let calls = 0;
      const failing = <T extends object>(target: T, key: string | symbol, replace: (real: T) => unknown) =>
        new Proxy(target, { get: (t, k) => (k === key ? replace(t) : Reflect.get(t, k)) });
      em.getConnection = ((type?: 'read' | 'write') =>
        failing(connection(type), 'getKnex', (real) => () =>
          failing(real.getKnex(), 'client', (knex) =>
            failing(knex.client as { acquireConnection(): Promise<unknown> }, 'acquireConnection', (client) => () =>
              ++calls >= n ? Promise.reject(new Error('terminating connection due to administrator command')) : client.acquireConnection(),
            ),
          ),
        )) as never;
      return em;
    };
    return { em: { fork } } as unknown as Pick<Orm, 'em'>;
  }

  it('gives byte-identical files whatever the batch size', async () => {
    const small = await routerServer(db.orm, 2);
    try {
      for (const path of ['/export/targets.csv', '/export/measures.csv', '/export/measures.json?agencies=Ng%C3%A0nh%20Y%20t%E1%BA%BF']) {
        const [batched, whole] = [await get(path, small.url), await get(path)];
        expect(batched.bytes.equals(whole.bytes)).toBe(true);
      }
    } finally {
      await small.close();
    }
  });

  it('costs a fixed number of SQL statements per batch, never one per row', async () => {
    const em = db.orm.em.fork();
    const measures = await em.count(Measure, {});
    const targets = await em.count(Target, {});
    const run = (kind: 'targets' | 'measures', batchSize: number) =>
      countStatements(() => runExport(db.orm.em.fork() as EntityManager, { kind, filter: {} }, 'csv', sink().out, { batchSize }));
    // One statement a batch: the facts with their directives, provinces, rendition origins, agencies and
    // corrections. A full last batch costs one more, empty, query to learn that the scan is over.
    for (const batchSize of [10, 50]) {
      expect(measures).toBeGreaterThan(batchSize);
      expect((await run('measures', batchSize)).statements).toBe(Math.ceil(measures / batchSize) + (measures % batchSize === 0 ? 1 : 0));
    }
    expect((await run('targets', 2)).statements).toBe(Math.ceil(targets / 2) + (targets % 2 === 0 ? 1 : 0));
  });

  it('cuts the connection when the database fails mid-stream, so the client never takes a truncated file for a whole one', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    // Batches of 2: the first batch (one statement) streams, the next batch's statement fails.
    const broken = await routerServer(failingFrom(2), 2);
    try {
      // Whether the first rows reach the client before the cut depends on socket timing; either way the
      // transfer fails ("fetch failed" or "terminated"), and quickly: a hang would end in a timeout instead.
      const download = fetch(`${broken.url}/export/targets.csv`, { signal: AbortSignal.timeout(20_000) }).then((response) => response.arrayBuffer());
      await expect(download).rejects.toThrow(/^(fetch failed|terminated)$/);
      expect(errors).toHaveBeenCalledWith('[export] failed mid-stream:', expect.objectContaining({ message: 'terminating connection due to administrator command' }));
    } finally {
      await broken.close();
      errors.mockRestore();
    }
  });

  it('answers 500 INTERNAL_SERVER_ERROR, without details, when the database fails before the first row', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = await routerServer(failingFrom(1), 2);
    try {
      const { status, headers, bytes } = await get('/export/measures.json', broken.url);
      expect(status).toBe(500);
      expect(headers.get('content-disposition')).toBeNull();
      expect(jsonOf(bytes)).toEqual({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    } finally {
      await broken.close();
      errors.mockRestore();
    }
  });
});

describe('npm run export', () => {
  it.each([
    [['targets', '--provinces', 'VN-13,VN-21', '--metrics', 'RT_PCR_SINGLE_SAMPLES'], '/export/targets.csv?provinces=VN-13,VN-21&metrics=RT_PCR_SINGLE_SAMPLES'],
    [['measures', '--format', 'json', '--categories', 'TESTING', '--from', '2021-09-29', '--strengths', 'REQUIRED'], '/export/measures.json?categories=TESTING&from=2021-09-29&strengths=REQUIRED'],
  ])('writes, for %j, exactly the file the HTTP export serves', async (argv, path) => {
    const command = parseCommand(argv);
    if (command.help) throw new Error('expected an export command');
    const { out, bytes } = sink();
    await runExport(db.orm.em.fork() as EntityManager, command.request, command.format, out);
    const served = (await get(path)).bytes;
    expect(bytes().equals(served)).toBe(true);
    expect(served.length).toBeGreaterThan(400);
  });

  it('prints the single-sample testing targets of both provinces as CSV', async () => {
    const command = parseCommand(['targets', '--metrics=RT_PCR_SINGLE_SAMPLES']);
    if (command.help) throw new Error('expected an export command');
    const { out, bytes } = sink();
    await runExport(db.orm.em.fork() as EntityManager, command.request, command.format, out);
    expect(records(bytes()).map((r) => [r.province_name, r.directive_number, r.value, r.quote])).toEqual([
      ['Quảng Ninh', '370-TB/TU', '15000', '15.000 mẫu đơn/ngày'],
      ['Thanh Hóa', '402-CV/TU', '8000', '8.000 mẫu đơn/ngày'],
    ]);
  });
});

describe('exports of every fact type', () => {
  it('lists directives with their metadata, why unknown fields are unknown, and their texts', async () => {
    const { status, bytes } = await get('/export/directives.csv?provinces=VN-13');
    expect(status).toBe(200);
    const rows = records(bytes);
    // Quảng Ninh's three directives of the seeds, in ingestion order; 370-TB/TU is held as a portal article and a scan.
    expect(rows.map((r) => [r.directive_number, r.renditions])).toEqual(expect.arrayContaining([['11-TB/BCĐ', '1'], ['370-TB/TU', '2'], ['', '1']]));
    expect(rows).toHaveLength(3);
    const notice = rows.find((r) => r.directive_number === '370-TB/TU')!;
    expect(notice).toMatchObject({ province_name: 'Quảng Ninh', issued_on: '2021-09-28', renditions: '2', corrected: 'false' });
    const undated = rows.find((r) => r.directive_number === '')!;
    expect(undated.missing_fields.split('|')).toContain('number');
    // The kinds filter takes the document kinds' codes, and nothing else.
    expect(records((await get('/export/directives.csv?provinces=VN-13&kinds=THONG_BAO')).bytes).map((r) => r.directive_number).sort()).toEqual(['11-TB/BCĐ', '370-TB/TU']);
    expect((await get('/export/directives.csv?kinds=NOTICE')).status).toBe(400);
  });

  it('lists every use of a slogan with its quote, and filters by kind', async () => {
    const rows = records((await get('/export/slogans.csv?provinces=VN-21')).bytes);
    const motto = rows.find((r) => r.slogan === 'hai chống, ba xây')!;
    expect(motto).toMatchObject({ province_code: 'VN-21', directive_number: '402-CV/TU', reviewed: expect.stringMatching(/^(true|false)$/) });
    expect(motto.quote.toLowerCase()).toContain('hai chống');
    const strategies = records((await get('/export/slogans.csv?kinds=STRATEGY')).bytes);
    expect(new Set(strategies.map((r) => r.slogan_kind))).toEqual(new Set(['STRATEGY']));
    expect(strategies.map((r) => r.slogan)).toContain('Vắc xin + 5K + công nghệ + truyền thông');
  });

  it('lists agency mentions and references with their citations', async () => {
    const agencies = records((await get('/export/agencies.csv?provinces=VN-13&levels=PROVINCIAL')).bytes);
    expect(agencies.length).toBeGreaterThan(0);
    expect(new Set(agencies.map((r) => r.agency_level))).toEqual(new Set(['PROVINCIAL']));
    expect(agencies.map((r) => r.agency)).toContain('Sở Thông tin và Truyền thông');
    const references = jsonOf((await get('/export/references.json?numbers=1699/CD-TTg')).bytes);
    expect(references.length).toBeGreaterThan(0);
    for (const r of references) expect(r).toMatchObject({ cited_number: '1699/CĐ-TTg', quote: expect.stringContaining('1699') });
  });
});
