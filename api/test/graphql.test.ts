import fs from 'node:fs';
import path from 'node:path';
import { ingest } from '../ingestion/ingest';
import { repoRoot } from '../repo-root';
import { seededServer, stopSeededServer, type TestDatabase, type TestServer } from './harness';

let db: TestDatabase;
let server: TestServer;

beforeAll(async () => ({ db, server } = await seededServer()));
afterAll(() => stopSeededServer({ db, server }));

describe('provinces', () => {
  it('lists the 63 units of 2021 and finds one by ISO code', async () => {
    const { data, errors } = await server.query(`{
      provinces { code }
      quangNinh: province(code: "VN-13") { code name asciiName kind region }
      haiPhong: province(code: "vn-hp") { name kind }
      nowhere: province(code: "VN-99") { name }
    }`);
    expect(errors).toBeUndefined();
    expect(data.provinces).toHaveLength(63);
    expect(data.provinces[0].code).toBe('VN-01');
    expect(data.quangNinh).toEqual({ code: 'VN-13', name: 'Quảng Ninh', asciiName: 'Quang Ninh', kind: 'PROVINCE', region: 'RED_RIVER_DELTA' });
    expect(data.haiPhong).toEqual({ name: 'Hải Phòng', kind: 'CITY' });
    expect(data.nowhere).toBeNull();
  });

  it("pages each province's directives, all provinces in one batch", async () => {
    const { data, errors, extensions } = await server.query(`{
      provinces { code directives(first: 2) { totalCount edges { node { number } } pageInfo { hasNextPage } } }
    }`);
    expect(errors).toBeUndefined();
    const byCode = Object.fromEntries(data.provinces.map((p: any) => [p.code, p.directives]));
    expect(byCode['VN-13']).toEqual({
      totalCount: 3,
      edges: [{ node: { number: '370-TB/TU' } }, { node: { number: '11-TB/BCĐ' } }],
      pageInfo: { hasNextPage: true },
    });
    expect(byCode['VN-21'].edges).toEqual([{ node: { number: '402-CV/TU' } }]);
    expect(byCode['VN-HN']).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
    // provinces, the pages of all 63, their counts
    expect(extensions.sqlStatements).toBe(3);
  });
});

describe('directives', () => {
  it("answers Quảng Ninh's directives, newest first, with renditions and unknowns explained", async () => {
    const { data, errors } = await server.query(`{
      directives(provinces: ["VN-13"]) {
        totalCount
        edges { node {
          number kind issuedOn meetingOn datedOn provinceInferred
          province { code } issuer { name kind }
          renditions { format origin }
          missing { field reason }
        } }
      }
    }`);
    expect(errors).toBeUndefined();
    const nodes = data.directives.edges.map((e: any) => e.node);
    expect(data.directives.totalCount).toBe(3);
    expect(nodes.map((n: any) => n.number)).toEqual(['370-TB/TU', '11-TB/BCĐ', null]);
    expect(nodes[0]).toMatchObject({
      kind: 'THONG_BAO',
      issuedOn: '2021-09-28',
      meetingOn: '2021-09-27',
      datedOn: '2021-09-28',
      provinceInferred: false,
      province: { code: 'VN-13' },
      issuer: { name: 'Tỉnh ủy Quảng Ninh', kind: 'PARTY_COMMITTEE' },
    });
    expect(nodes[0].renditions.map((r: any) => r.format).sort()).toEqual(['OCR', 'PORTAL']);
    expect(nodes[1]).toMatchObject({ issuedOn: null, meetingOn: '2021-09-22', datedOn: '2021-09-22' });
    expect(nodes[2]).toMatchObject({ number: null, kind: 'CONG_VAN', provinceInferred: true, datedOn: null });
    expect(nodes[2].missing.map((m: any) => m.field)).toEqual(expect.arrayContaining(['number', 'issuedOn']));
    expect(nodes[2].missing.every((m: any) => m.reason.length > 10)).toBe(true);
  });

  it('finds Thanh Hóa 402-CV/TU by number, signed by Lại Thế Nguyên on 2021-09-30', async () => {
    const { data, errors } = await server.query(`{
      directive(number: "402 - CV/TU") {
        number issuedOn province { code name } signer { name title onBehalfOf }
        clauses { label depth }
      }
    }`);
    expect(errors).toBeUndefined();
    expect(data.directive).toMatchObject({
      number: '402-CV/TU',
      issuedOn: '2021-09-30',
      province: { code: 'VN-21', name: 'Thanh Hóa' },
      signer: { name: 'Lại Thế Nguyên', title: 'PHÓ Bí THƯ THƯỜNG TRỰC', onBehalfOf: 'T/M BAN THƯỜNG VỤ' },
    });
    const topLevel = data.directive.clauses.filter((c: any) => c.depth === 1).map((c: any) => c.label);
    expect(topLevel).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('filters by kind and by date range', async () => {
    const { data } = await server.query(`{
      letters: directives(kinds: [CONG_VAN]) { edges { node { number } } }
      september: directives(from: "2021-09-25", to: "2021-09-29") { edges { node { number } } }
    }`);
    expect(data.letters.edges.map((e: any) => e.node.number)).toEqual(['402-CV/TU', null]);
    expect(data.september.edges.map((e: any) => e.node.number)).toEqual(['370-TB/TU']);
  });

  it('pages with cursors', async () => {
    const first = await server.query(`{ directives(first: 2) { edges { cursor node { number } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`);
    expect(first.data.directives.edges.map((e: any) => e.node.number)).toEqual(['402-CV/TU', '370-TB/TU']);
    expect(first.data.directives.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await server.query(`query($after: String) { directives(first: 2, after: $after) { edges { node { number } } pageInfo { hasNextPage } } }`, {
      after: first.data.directives.pageInfo.endCursor,
    });
    expect(rest.data.directives.edges.map((e: any) => e.node.number)).toEqual(['11-TB/BCĐ', null]);
    expect(rest.data.directives.pageInfo.hasNextPage).toBe(false);
  });

  it('refetches every kind of object by its global id', async () => {
    const { data } = await server.query(`{
      directive(number: "370-TB/TU") {
        id province { id } issuer { id }
        renditions { id clauses { id } }
      }
    }`);
    const d = data.directive;
    const ids = [d.id, d.province.id, d.issuer.id, d.renditions[0].id, d.renditions[0].clauses[0].id];
    const { data: refetched } = await server.query(`{ ${ids.map((id, i) => `n${i}: node(id: ${JSON.stringify(id)}) { __typename id }`).join(' ')} }`);
    expect(Object.values(refetched).map((n: any) => n.__typename)).toEqual(['Directive', 'Province', 'Issuer', 'Rendition', 'Clause']);
    expect(Object.values(refetched).map((n: any) => n.id)).toEqual(ids);
  });

  it('quotes clause text exactly as the rendition text between its offsets', async () => {
    const { data } = await server.query(`{ directives(first: 10) { edges { node { renditions { text clauses { start end text } } } } } }`);
    let checked = 0;
    for (const edge of data.directives.edges) {
      for (const rendition of edge.node.renditions) {
        for (const clause of rendition.clauses) {
          expect(rendition.text.slice(clause.start, clause.end)).toBe(clause.text);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('bad queries get errors with codes, not stack traces', () => {
  it.each([
    ['a page too large', '{ directives(first: 1000) { totalCount } }', 'BAD_USER_INPUT'],
    ['a malformed id', '{ node(id: "not-an-id") { id } }', 'BAD_USER_INPUT'],
    ['a malformed cursor', '{ directives(after: "xyz") { totalCount } }', 'BAD_USER_INPUT'],
    ['an id of another type', '{ directive(id: "UHJvdmluY2U6Vk4tMTM") { number } }', 'BAD_USER_INPUT'],
    ['both id and number', '{ directive(id: "RGlyZWN0aXZlOjE", number: "1") { number } }', 'BAD_USER_INPUT'],
    ['an inverted date range', '{ directives(from: "2021-10-01", to: "2021-09-01") { totalCount } }', 'BAD_USER_INPUT'],
    ['a date that is no date', '{ directives(from: "2021-13-45") { totalCount } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['an unknown field', '{ directives { nope } }', 'GRAPHQL_VALIDATION_FAILED'],
    ['a syntax error', '{ directives {', 'GRAPHQL_PARSE_FAILED'],
  ])('%s', async (_what, query, code) => {
    const body = await server.query(query);
    expect(body.errors?.[0]?.extensions?.code).toBe(code);
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
  });
});

describe('SQL statements per list query', () => {
  const LIST = `query($first: Int!) {
    directives(first: $first) { edges { node {
      number issuedOn province { code name } issuer { name }
      renditions { format quality clauses { label text parent { label } } }
      clauses { label }
    } } }
  }`;

  it('stays the same for 1 and for 50 directives', async () => {
    const template = fs.readFileSync(path.join(repoRoot(), 'seeds/corpus/004_218e12ecb44d83c2.txt'), 'utf8');
    for (let n = 0; n < 50; n++) {
      const variant = template.replace('Số 402 - CV/TU', `Số ${500 + n} - CV/TU`).replace('ngày 30 tháng 9', `ngày ${1 + (n % 28)} tháng 10`);
      await ingest(db.orm.em, variant, { origin: `variant-${n}` });
    }
    const one = await server.query(LIST, { first: 1 });
    const fifty = await server.query(LIST, { first: 50 });
    expect(one.errors).toBeUndefined();
    expect(fifty.data.directives.edges).toHaveLength(50);
    expect(fifty.data.directives.edges.every((e: any) => e.node.renditions[0].clauses.length > 5)).toBe(true);
    expect(one.extensions.sqlStatements).toBeGreaterThan(0);
    expect(fifty.extensions.sqlStatements).toBe(one.extensions.sqlStatements);
  }, 300_000); // fifty ingestions through the real pipeline
});
