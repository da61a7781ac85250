import { periodsInForce, type FactTiming } from './periods';

// The rules of replacement and of each bound, on timing rows made here.

let nextId = 1;
function fact(fields: Partial<FactTiming>): FactTiming {
  const id = nextId++;
  return {
    kind: 'TARGET',
    id,
    key: 'metric:RT_PCR_SINGLE_SAMPLES',
    directiveId: id * 10,
    provinceCode: 'VN-13',
    district: null,
    datedOn: '2021-09-28',
    periodFrom: null,
    periodTo: null,
    periodDays: null,
    untilFurtherNotice: false,
    periodCitation: null,
    deadlineEnd: null,
    deadlineCitation: null,
    citation: { renditionId: 1, start: 0, end: 5, quote: `fact ${id}`, rule: 'test' },
    directiveNumber: null,
    metric: 'RT_PCR_SINGLE_SAMPLES',
    value: 1,
    unit: 'SAMPLES_PER_DAY',
    oxcgrtCode: null,
    strength: null,
    direction: null,
    ...fields,
  };
}

const periodOf = (facts: FactTiming[], f: FactTiming) => periodsInForce(facts).get(`${f.kind}:${f.id}`)!;

describe('periodsInForce', () => {
  it('ends a fact the day before a later directive of the same province sets the same key', () => {
    const earlier = fact({ datedOn: '2021-09-28' });
    const later = fact({ datedOn: '2021-10-12', periodFrom: '2021-10-15' });
    const otherProvince = fact({ provinceCode: 'VN-21', datedOn: '2021-10-01' });
    const otherMetric = fact({ key: 'metric:VACCINATION_COVERAGE', datedOn: '2021-10-01' });
    const facts = [earlier, later, otherProvince, otherMetric];
    expect(periodOf(facts, earlier).to).toEqual({ date: '2021-10-14', reason: 'SUPERSEDED', citation: later.citation, supersededBy: later.directiveId });
    expect(periodOf(facts, later).to).toEqual({ date: null, reason: 'OPEN_ENDED', citation: null, supersededBy: null });
  });

  it("lets a province's directive replace a district's, never the other way round", () => {
    const district = fact({ district: 'Đồng Hới', datedOn: '2021-07-29' });
    const province = fact({ datedOn: '2021-08-05' });
    const laterDistrict = fact({ district: 'Đồng Hới', datedOn: '2021-08-10' });
    const otherDistrict = fact({ district: 'Bố Trạch', datedOn: '2021-08-01' });
    const facts = [district, province, laterDistrict, otherDistrict];
    // Bố Trạch's notice of 2021-08-01 does not end Đồng Hới's; the province's of 2021-08-05 does.
    expect(periodOf(facts, district).to).toMatchObject({ date: '2021-08-04', reason: 'SUPERSEDED', supersededBy: province.directiveId });
    expect(periodOf(facts, province).to.reason).toBe('OPEN_ENDED');
  });

  it('takes the earliest of a stated end, a duration and a deadline', () => {
    const stated = fact({ periodFrom: '2021-07-22', periodDays: 14, deadlineEnd: '2021-08-31' });
    expect(periodOf([stated], stated)).toEqual({
      from: { date: '2021-07-22', reason: 'STATED_START', citation: null },
      to: { date: '2021-08-04', reason: 'STATED_DURATION', citation: null, supersededBy: null },
    });
    const ranged = fact({ periodFrom: '2021-03-28', periodTo: '2021-04-15', periodDays: 30 });
    expect(periodOf([ranged], ranged).to).toMatchObject({ date: '2021-04-15', reason: 'STATED_END' });
    const due = fact({ deadlineEnd: '2021-10-31' });
    expect(periodOf([due], due).to).toMatchObject({ date: '2021-10-31', reason: 'DEADLINE' });
  });

  it('counts a duration from the issue date when the text counts from the signing, and keeps "until further notice"', () => {
    const signed = fact({ datedOn: '2021-07-20', periodDays: 7 });
    expect(periodOf([signed], signed)).toMatchObject({ from: { date: '2021-07-20', reason: 'ISSUE_DATE' }, to: { date: '2021-07-26', reason: 'STATED_DURATION' } });
    const notice = fact({ untilFurtherNotice: true });
    expect(periodOf([notice], notice).to).toMatchObject({ date: null, reason: 'UNTIL_FURTHER_NOTICE' });
  });

  it('places an undated fact nowhere and lets nothing replace it', () => {
    const undated = fact({ datedOn: null });
    const later = fact({ datedOn: '2021-10-01' });
    expect(periodOf([undated, later], undated)).toEqual({
      from: { date: null, reason: 'UNKNOWN', citation: null },
      to: { date: null, reason: 'OPEN_ENDED', citation: null, supersededBy: null },
    });
  });

  it('never lets a figure no metric names (key null) replace or be replaced', () => {
    const a = fact({ key: null, datedOn: '2021-09-01' });
    const b = fact({ key: null, datedOn: '2021-10-01' });
    expect(periodOf([a, b], a).to.reason).toBe('OPEN_ENDED');
  });
});
