import fs from 'node:fs';
import path from 'node:path';
import { createApiKey } from '../auth/keys';
import { ingest } from '../ingestion/ingest';
import { seedCorpus } from '../ingestion/seed-corpus';
import { repoRoot } from '../repo-root';
import { freshDatabase, rowCounts, startServer, type TestDatabase, type TestServer } from './harness';

// Corrections against the real server: the corrected value is what every query serves, the history says
// who, when, why and what it was, and a better text of the directive replacing its facts keeps them.

const corpus = (file: string) => fs.readFileSync(path.join(repoRoot(), 'seeds/corpus', file));
const OCR_370 = '000_a3b2abe26640b73b.txt';
const PORTAL_370 = '001_c0365480307932db.txt';

let db: TestDatabase;
let server: TestServer;
let editor: string;

async function gql(query: string, variables: Record<string, unknown> = {}, key: string | null = editor) {
  const { status, body } = await server.post(query, variables, key ? `Bearer ${key}` : undefined);
  // Apollo answers 400 for requests that fail validation: none of those go through here.
  if (status !== 200) throw new Error(`HTTP ${status}: ${JSON.stringify(body.errors)}`);
  return body;
}

const HISTORY = 'corrections { field previousValue newValue reason author authorKeyId createdAt applied kind }';
const TARGET = `id metric value unit corrected citation { quote } ${HISTORY}`;
const MEASURE = `id category oxcgrtCode strength corrected citation { quote } ${HISTORY}`;
const DIRECTIVE = `id number kind issuedOn meetingOn datedOn corrected missing { field } ${HISTORY}`;

/** The directive of 370-TB/TU (whichever of its texts we hold) with its facts. */
async function notice370() {
  const { data, errors } = await gql(`{ directives(first: 5) { edges { node {
    ${DIRECTIVE} renditions { origin } targets { ${TARGET} } measures { ${MEASURE} }
  } } } }`);
  expect(errors).toBeUndefined();
  const nodes = data.directives.edges.map((e: any) => e.node).filter((n: any) => n.renditions.some((r: any) => [OCR_370, PORTAL_370].includes(r.origin)));
  expect(nodes).toHaveLength(1);
  return nodes[0];
}

const single = (d: any) => d.targets.find((t: any) => t.metric === 'RT_PCR_SINGLE_SAMPLES');
const preparation = (d: any) => d.measures.find((m: any) => m.citation.quote.startsWith('Tập trung chuẩn bị kỹ lưỡng'));

beforeAll(async () => {
  db = await freshDatabase();
  await ingest(db.orm.em, corpus(OCR_370), { origin: OCR_370 }); // the scan alone, for now
  server = await startServer(db.orm);
  editor = (await createApiKey(db.orm.em, 'Editor Eve', 'editor')).secret;
});
afterAll(async () => {
  await server.close();
  await db.drop();
});

describe('a correction with a reason', () => {
  let before: any;

  it('changes what the API serves and records who, when, why and the previous value', async () => {
    before = await notice370();
    const target = single(before);
    expect(target).toMatchObject({ value: 15000, unit: 'SAMPLES_PER_DAY', corrected: false, corrections: [] });

    const started = Date.now();
    const { data, errors } = await gql(`mutation($id: ID!) { correctTarget(id: $id, value: 20000, reason: "The signed scan reads 20.000; the OCR dropped a stroke.") { ${TARGET} } }`, { id: target.id });
    expect(errors).toBeUndefined();
    expect(data.correctTarget).toMatchObject({ id: target.id, value: 20000, unit: 'SAMPLES_PER_DAY', corrected: true });
    const [entry] = data.correctTarget.corrections;
    expect(entry).toMatchObject({
      kind: 'TARGET',
      field: 'value',
      previousValue: '15000',
      newValue: '20000',
      reason: 'The signed scan reads 20.000; the OCR dropped a stroke.',
      author: 'Editor Eve',
      applied: true,
    });
    expect(Date.parse(entry.createdAt)).toBeGreaterThanOrEqual(started - 5000);

    // Every read serves it: the list of targets, filters, node(id:), the history query.
    const read = await gql(`query($id: ID!) {
      targets(metrics: ["RT_PCR_SINGLE_SAMPLES"]) { edges { node { value corrected } } }
      node(id: $id) { ... on Target { value } }
      corrections(target: $id) { field previousValue newValue author }
    }`, { id: target.id }, null);
    expect(read.data.targets.edges).toEqual([{ node: { value: 20000, corrected: true } }]);
    expect(read.data.node).toEqual({ value: 20000 });
    expect(read.data.corrections).toEqual([{ field: 'value', previousValue: '15000', newValue: '20000', author: 'Editor Eve' }]);
  });

  it('corrects a measure: its OxCGRT indicator follows the category', async () => {
    const measure = preparation(before);
    expect(measure).toMatchObject({ category: 'GENERAL_PREPAREDNESS', strength: 'REQUIRED' });
    const { data, errors } = await gql(`mutation($id: ID!) { correctMeasure(id: $id, category: "VACCINATION", strength: ENCOURAGED, reason: "It is about vaccination coverage, and it urges.") { ${MEASURE} } }`, { id: measure.id });
    expect(errors).toBeUndefined();
    expect(data.correctMeasure).toMatchObject({ category: 'VACCINATION', oxcgrtCode: 'H7', strength: 'ENCOURAGED', corrected: true });
    expect(data.correctMeasure.corrections.map((c: any) => [c.field, c.previousValue, c.newValue]).sort()).toEqual([
      ['category', 'GENERAL_PREPAREDNESS', 'VACCINATION'],
      ['oxcgrtCode', measure.oxcgrtCode, 'H7'],
      ['strength', 'REQUIRED', 'ENCOURAGED'],
    ].sort());
  });

  it("corrects a directive's metadata: the number the scan lacks, the issue date", async () => {
    expect(before).toMatchObject({ number: null, corrected: false });
    expect(before.missing.map((m: any) => m.field)).toContain('number');
    const { data, errors } = await gql(`mutation($id: ID!, $on: LocalDate) { correctDirective(id: $id, number: "370 - TB/TU", issuedOn: $on, reason: "Number and date from the portal's copy.") { ${DIRECTIVE} } }`, { id: before.id, on: '2021-09-29' });
    expect(errors).toBeUndefined();
    expect(data.correctDirective).toMatchObject({ number: '370-TB/TU', issuedOn: '2021-09-29', datedOn: '2021-09-29', corrected: true });
    expect(data.correctDirective.missing.map((m: any) => m.field)).not.toContain('number');
    expect(data.correctDirective.corrections.map((c: any) => c.field).sort()).toEqual(['issuedOn', 'number']);
  });

  it('keeps every correction when a better text of the directive replaces its facts', async () => {
    const { outcome } = await ingest(db.orm.em, corpus(PORTAL_370), { origin: PORTAL_370 });
    expect(outcome).toBe('NEW_RENDITION');
    const after = await notice370();

    // The facts are new rows, read from the portal text...
    const target = single(after);
    expect(target.id).not.toBe(single(before).id);
    expect(target.citation.quote).toBe('15.000 mẫu đơn/ngày');
    // ...and the corrections found them again.
    expect(target).toMatchObject({ value: 20000, corrected: true });
    expect(target.corrections).toMatchObject([{ field: 'value', previousValue: '15000', newValue: '20000', applied: true }]);
    const measure = preparation(after);
    expect(measure.id).not.toBe(preparation(before).id);
    expect(measure.citation.quote).not.toBe(preparation(before).citation.quote); // OCR noise gone: matched despite it
    expect(measure).toMatchObject({ category: 'VACCINATION', oxcgrtCode: 'H7', strength: 'ENCOURAGED', corrected: true });
    // The merged metadata says 28 September; the editor's 29th holds.
    expect(after).toMatchObject({ number: '370-TB/TU', issuedOn: '2021-09-29', datedOn: '2021-09-29', meetingOn: '2021-09-27', corrected: true });
    // Facts nobody corrected stay as extracted.
    expect(after.targets.filter((t: any) => t.corrected)).toHaveLength(1);
  });

  it('keeps them when the whole corpus is loaded again', async () => {
    const results = await seedCorpus(db.orm.em);
    expect(results.filter((r) => [OCR_370, PORTAL_370].includes(r.file)).map((r) => r.result.outcome)).toEqual(['UNCHANGED', 'UNCHANGED']);
    const after = await notice370();
    expect(single(after)).toMatchObject({ value: 20000, corrected: true });
    expect(preparation(after)).toMatchObject({ category: 'VACCINATION', corrected: true });
    expect(after).toMatchObject({ number: '370-TB/TU', issuedOn: '2021-09-29' });

    const { data } = await gql('query($d: ID!) { corrections(directive: $d) { kind field applied author } }', { d: after.id }, null);
    expect(data.corrections).toHaveLength(6);
    expect(data.corrections.every((c: any) => c.applied && c.author === 'Editor Eve')).toBe(true);
  });

  it('lists a later correction of the same fact on top, with the corrected value as its previous value', async () => {
    const target = single(await notice370());
    const { data } = await gql(`mutation($id: ID!) { correctTarget(id: $id, value: 21000, reason: "Second look: 21.000.") { value corrections { previousValue newValue } } }`, { id: target.id });
    expect(data.correctTarget).toEqual({ value: 21000, corrections: [{ previousValue: '20000', newValue: '21000' }, { previousValue: '15000', newValue: '20000' }] });
  });
});

describe('an invalid correction', () => {
  let ids: { target: string; measure: string; directive: string };
  beforeAll(async () => {
    const d = await notice370();
    ids = { target: single(d).id, measure: d.measures[1].id, directive: d.id };
  });

  it.each([
    ['an unknown unit', 'target', 'correctTarget(id: $id, unit: "SAMPLES_PER_WEEK", reason: "r x y") { id }', /unknown unit/],
    ['a negative value', 'target', 'correctTarget(id: $id, value: -5, reason: "r x y") { id }', /0 or more/],
    ['a percentage over 100', 'target', 'correctTarget(id: $id, value: 150, unit: "PERCENT", reason: "r x y") { id }', /over 100/],
    ['an empty reason', 'target', 'correctTarget(id: $id, value: 3, reason: "  ") { id }', /reason/],
    ['nothing to change', 'target', 'correctTarget(id: $id, reason: "r x y") { id }', /nothing to correct/],
    ['the value it already has', 'target', 'correctTarget(id: $id, value: 21000, reason: "r x y") { id }', /already reads/],
    ['an unknown category', 'measure', 'correctMeasure(id: $id, category: "ASTROLOGY", reason: "r x y") { id }', /unknown category/],
    ['a date in the future', 'directive', 'correctDirective(id: $id, issuedOn: "2099-01-01", reason: "r x y") { id }', /future/],
    ['half a sample a day', 'target', 'correctTarget(id: $id, value: 0.5, reason: "r x y") { id }', /not a whole number of SAMPLES_PER_DAY/],
    ['a date before the epidemic', 'directive', 'correctDirective(id: $id, issuedOn: "2001-09-28", reason: "r x y") { id }', /before the epidemic/],
    ['a number that is no document number', 'directive', 'correctDirective(id: $id, number: "three hundred", reason: "r x y") { id }', /not a document number/],
    ['a measure id where a target id belongs', 'measure', 'correctTarget(id: $id, value: 1, reason: "r x y") { id }', /not the id of a Target/],
  ] as const)('rejects %s with BAD_USER_INPUT and writes nothing', async (_what, which, field, message) => {
    const before = await rowCounts(db.orm);
    const { data, errors } = await gql(`mutation($id: ID!) { ${field} }`, { id: ids[which] });
    expect(data).toBeNull();
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(message);
    expect(await rowCounts(db.orm)).toEqual(before);
  });

  it('rejects a date that is not in the calendar with BAD_USER_INPUT', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editor}` },
      body: JSON.stringify({ query: 'mutation($d: ID!, $on: LocalDate) { correctDirective(id: $d, issuedOn: $on, reason: "r x y") { id } }', variables: { d: ids.directive, on: '2021-02-30' } }),
    });
    // Variables are checked before anything runs; Apollo answers such requests with HTTP 400.
    expect(response.status).toBe(400);
    const { errors } = (await response.json()) as any;
    expect(errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers NOT_FOUND for a fact that does not exist', async () => {
    const missing = Buffer.from('Target:999999').toString('base64url');
    const { errors } = await gql('mutation($id: ID!) { correctTarget(id: $id, value: 1, reason: "r x y") { id } }', { id: missing });
    expect(errors![0].extensions.code).toBe('NOT_FOUND');
  });
});

describe('a correction whose fact a better text no longer gives', () => {
  it('is kept in the history, marked not applied, instead of vanishing', async () => {
    const other = await freshDatabase();
    const otherServer = await startServer(other.orm);
    try {
      await ingest(other.orm.em, corpus(OCR_370));
      const key = (await createApiKey(other.orm.em, 'Editor Ed', 'editor')).secret;
      const call = async (query: string, variables: Record<string, unknown> = {}) => {
        const response = await fetch(`${otherServer.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as any;
      };
      const { data } = await call('{ targets(metrics: ["VACCINATION_COVERAGE"]) { edges { node { id } } } }');
      const id = data.targets.edges[0].node.id;
      expect((await call('mutation($id: ID!) { correctTarget(id: $id, value: 95, reason: "95% in the signed copy") { value } }', { id })).data.correctTarget.value).toBe(95);

      // The portal copy without the sentence that sets the coverage target: a better text, one fact fewer.
      const portal = corpus(PORTAL_370).toString('utf8');
      const without = portal.replace(/[^.\n]*100% người dân có chỉ định tiêm[^.\n]*\./, '');
      expect(without).not.toBe(portal);
      expect((await ingest(other.orm.em, Buffer.from(without))).outcome).toBe('NEW_RENDITION');

      const after = await call('{ targets(metrics: ["VACCINATION_COVERAGE"]) { totalCount } corrections { field newValue applied object { id } directive { number } } }');
      expect(after.data.targets.totalCount).toBe(0);
      expect(after.data.corrections).toEqual([{ field: 'value', newValue: '95', applied: false, object: null, directive: { number: '370-TB/TU' } }]);
    } finally {
      await otherServer.close();
      await other.drop();
    }
  });
});

describe('corrections of signer, meeting date, province, qualifiers and deadlines', () => {
  it('serves the corrected signer, meeting date and province, and keeps them when the corpus is loaded again', async () => {
    const d = await notice370();
    const { data, errors } = await gql(
      `mutation($id: ID!) { correctDirective(id: $id, signerName: "Nguyễn  Văn Bình", signerTitle: "Chánh Văn phòng", meetingOn: "2021-09-26", province: "vn-13", reason: "Signature block and meeting date of the signed scan.") {
        signer { name title } meetingOn datedOn province { code } provinceInferred corrected corrections { field newValue }
      } }`,
      { id: d.id },
    );
    expect(errors).toBeUndefined();
    // The issue date (corrected above) still dates it; the meeting date is served as given.
    expect(data.correctDirective).toMatchObject({ signer: { name: 'Nguyễn Văn Bình', title: 'Chánh Văn phòng' }, meetingOn: '2021-09-26', datedOn: '2021-09-29', province: { code: 'VN-13' }, provinceInferred: false, corrected: true });
    // The province was already VN-13: restating it records nothing.
    expect(data.correctDirective.corrections.slice(0, 3).map((c: any) => [c.field, c.newValue]).sort()).toEqual([
      ['meetingOn', '2021-09-26'],
      ['signerName', 'Nguyễn Văn Bình'],
      ['signerTitle', 'Chánh Văn phòng'],
    ]);
    expect(data.correctDirective.corrections.map((c: any) => c.field)).not.toContain('province');
    await seedCorpus(db.orm.em);
    const again = await gql('query($id: ID!) { node(id: $id) { ... on Directive { signer { name title } meetingOn } } }', { id: d.id }, null);
    expect(again.data.node).toEqual({ signer: { name: 'Nguyễn Văn Bình', title: 'Chánh Văn phòng' }, meetingOn: '2021-09-26' });
  });

  it("corrects a target's qualifiers and deadline, and a measure's deadline", async () => {
    const d = await notice370();
    const target = d.targets.find((t: any) => t.metric === 'RT_PCR_POOLED_SAMPLES');
    const { data, errors } = await gql(
      `mutation($id: ID!) { correctTarget(id: $id, poolSize: 10, scope: "13 địa phương", condition: "khi có ca mắc mới", deadlineDate: "2021-10-31", reason: "Pool of ten in the Sở Y tế plan.") {
        contingent qualifiers { poolSize scope condition } deadline { kind date citation { quote } } corrected
      } }`,
      { id: target.id },
    );
    expect(errors).toBeUndefined();
    expect(data.correctTarget).toMatchObject({
      contingent: true,
      qualifiers: { poolSize: 10, scope: '13 địa phương', condition: 'khi có ca mắc mới' },
      deadline: { kind: 'BY_DATE', date: '2021-10-31', citation: { quote: expect.stringContaining('75.000') } },
      corrected: true,
    });
    const cleared = await gql(`mutation($id: ID!) { correctTarget(id: $id, condition: "", reason: "No condition after all.") { contingent qualifiers { condition } } }`, { id: target.id });
    expect(cleared.data.correctTarget).toEqual({ contingent: false, qualifiers: { condition: null } });

    const measure = d.measures[0];
    const m = await gql(`mutation($id: ID!) { correctMeasure(id: $id, deadlineDate: "2021-10-15", reason: "Deadline in the plan.") { deadline { kind date } } }`, { id: measure.id });
    expect(m.data.correctMeasure).toEqual({ deadline: { kind: 'BY_DATE', date: '2021-10-15' } });
  });

  it('refuses an unknown province, a name that is not one and an impossible pool with BAD_USER_INPUT', async () => {
    const d = await notice370();
    for (const [mutation, id] of [
      ['correctDirective(id: $id, province: "VN-99", reason: "Wrong province.") { id }', d.id],
      ['correctDirective(id: $id, signerName: "chánh văn phòng", reason: "Not a name.") { id }', d.id],
      ['correctTarget(id: $id, poolSize: 1, reason: "A pool of one is no pool.") { id }', d.targets[0].id],
    ]) {
      const { errors } = await gql(`mutation($id: ID!) { ${mutation} }`, { id });
      expect(errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('a date correction that would make two directives namesakes', () => {
  it('is refused within the year the other was numbered in, and accepted in its own', async () => {
    const letter = (year: number) =>
      `ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 4421/UBND-VXNV\nV/v phòng, chống dịch COVID-19\n\nBắc Kạn, ngày 10 tháng 8 năm ${year}\n\nChủ tịch UBND tỉnh yêu cầu:\n\n1. Tạm dừng các hoạt động tập trung trên 30 người.`;
    await ingest(db.orm.em, letter(2020), { origin: 'made-up Bắc Kạn letter of 2020' });
    await ingest(db.orm.em, letter(2021), { origin: 'made-up Bắc Kạn letter of 2021' });
    const { data } = await gql('{ directive(number: "4421/UBND-VXNV", year: 2021) { id } }');
    const id = data.directive.id;
    const before = await rowCounts(db.orm);
    const refused = await gql('mutation($id: ID!) { correctDirective(id: $id, issuedOn: "2020-11-02", reason: "Dated wrongly.") { id } }', { id });
    expect(refused.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0].message).toMatch(/already the number of another directive of the same province, kind and year/);
    expect(await rowCounts(db.orm)).toEqual(before);
    const accepted = await gql('mutation($id: ID!) { correctDirective(id: $id, issuedOn: "2021-08-11", reason: "The scan reads the 11th.") { issuedOn } }', { id });
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data.correctDirective).toEqual({ issuedOn: '2021-08-11' });
  });
});
