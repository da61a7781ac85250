import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import type { Target } from './facts';
import { loadSeed } from './gold';
import { extractFacts } from './index';

const OCR = '000_a3b2abe26640b73b';
const PORTAL = '001_c0365480307932db';
const QN_NOTICE = '002_d1e89d2762b589d6';
const THANH_HOA = '004_218e12ecb44d83c2';

function seedTargets(name: string, ownNumber: string | null): { targets: Target[]; text: string } {
  const seed = loadSeed(name);
  return { targets: extractFacts(seed.cleaned, seed.clauses, { ownNumber, year: 2021 }).targets, text: seed.cleaned.text };
}

function textTargets(raw: string, year = 2021): Target[] {
  const cleaned = clean(raw);
  return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber: null, year }).targets;
}

const noQualifiers = { poolSize: null, dose: null, scope: null, scopeCount: null, scopeTotal: null, population: null, condition: null };
const comparable = (t: Target) => ({ metric: t.metric, value: t.value, unit: t.unit, qualifiers: t.qualifiers });

describe('targets of Quảng Ninh notice 370-TB/TU (portal text)', () => {
  const { targets } = seedTargets(PORTAL, '370-TB/TU');

  it('reads the RT-PCR capacity goals with their scope', () => {
    const scope = { scope: '13/13 địa phương', scopeCount: 13, scopeTotal: 13 };
    expect(targets.slice(0, 2).map(comparable)).toEqual([
      { metric: 'RT_PCR_SINGLE_SAMPLES', value: 15000, unit: 'SAMPLES_PER_DAY', qualifiers: { ...noQualifiers, ...scope } },
      { metric: 'RT_PCR_POOLED_SAMPLES', value: 75000, unit: 'SAMPLES_PER_DAY', qualifiers: { ...noQualifiers, ...scope, poolSize: 5 } },
    ]);
    expect(targets[0].citation.quote).toBe('15.000 mẫu đơn/ngày');
    expect(targets[1].citation.quote).toBe('75.000 mẫu gộp 5/ngày');
    expect(targets[0].citation.rule).toBe('target.rt-pcr-single-samples');
  });

  it('reads the second-dose coverage goal with its population and month', () => {
    const t = targets[2];
    expect(comparable(t)).toEqual({
      metric: 'VACCINATION_COVERAGE',
      value: 100,
      unit: 'PERCENT',
      qualifiers: { ...noQualifiers, dose: 2, population: 'người dân có chỉ định tiêm' },
    });
    expect(t.deadline).toMatchObject({ kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-10-31', date: null });
    expect(t.deadline?.citation.quote).toBe('trong tháng 10 năm 2021');
    expect(targets).toHaveLength(3);
  });

  it('places each target in its clause', () => {
    const seed = loadSeed(PORTAL);
    const clauseLabel = (t: Target) => seed.clauses.find((c) => c.ordinal === t.clauseOrdinal)?.label;
    expect(targets.map(clauseLabel)).toEqual(['3', '3', '4']);
  });
});

describe('the OCR rendition of the same notice', () => {
  it('gives the same targets as the portal text, although it writes "15.000 mẫu đơn/ ngày"', () => {
    const ocr = seedTargets(OCR, '370-TB/TU').targets;
    const portal = seedTargets(PORTAL, '370-TB/TU').targets;
    expect(ocr.map(comparable)).toEqual(portal.map(comparable));
    expect(ocr[0].citation.quote).toBe('15.000 mẫu đơn/ ngày');
    expect(ocr.map((t) => t.deadline?.periodStart ?? null)).toEqual(portal.map((t) => t.deadline?.periodStart ?? null));
  });
});

describe('targets of Thanh Hóa letter 402-CV/TU', () => {
  const { targets } = seedTargets(THANH_HOA, '402-CV/TU');

  it('qualifies both testing goals with the condition written after them', () => {
    const condition = 'khi có tình huống xảy ra';
    expect(targets.slice(0, 2).map(comparable)).toEqual([
      { metric: 'RT_PCR_SINGLE_SAMPLES', value: 8000, unit: 'SAMPLES_PER_DAY', qualifiers: { ...noQualifiers, condition } },
      { metric: 'RT_PCR_POOLED_SAMPLES', value: 80000, unit: 'SAMPLES_PER_DAY', qualifiers: { ...noQualifiers, condition } },
    ]);
  });

  it('reads "hoàn thành trong vòng 07 ngày kể từ khi được phân bổ vắc xin"', () => {
    const t = targets[2];
    expect(comparable(t)).toEqual({ metric: 'VACCINATION_COMPLETION_DAYS', value: 7, unit: 'DAYS', qualifiers: noQualifiers });
    expect(t.deadline).toMatchObject({ kind: 'WITHIN_DAYS_OF_EVENT', days: 7, event: 'được phân bổ vắc xin', date: null });
    expect(targets).toHaveLength(3);
  });
});

describe('targets of Quảng Ninh notice 11-TB/BCĐ', () => {
  it('reads the coverage goal and the quarter it is set for', () => {
    const { targets } = seedTargets(QN_NOTICE, '11-TB/BCĐ');
    expect(targets.map(comparable)).toEqual([
      { metric: 'VACCINATION_COVERAGE', value: 100, unit: 'PERCENT', qualifiers: { ...noQualifiers, dose: 2, population: 'người dân có chỉ định tiêm' } },
    ]);
    expect(targets[0].deadline).toMatchObject({ kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-12-31' });
  });
});

describe('targets in texts from other provinces', () => {
  it('reads a testing goal without single/pooled detail', () => {
    const [t] = textTargets('1. Sở Y tế tăng cường năng lực xét nghiệm, phấn đấu đạt 20.000 mẫu/ngày.');
    expect(comparable(t)).toEqual({ metric: 'TEST_SAMPLES_PER_DAY', value: 20000, unit: 'SAMPLES_PER_DAY', qualifiers: noQualifiers });
  });

  it('reads dose, population and deadline of a coverage goal', () => {
    const [t] = textTargets('1. Sở Y tế tổ chức tiêm 2 mũi cho 95% người từ 18 tuổi trở lên trước ngày 31/12/2021.');
    expect(comparable(t)).toEqual({
      metric: 'VACCINATION_COVERAGE',
      value: 95,
      unit: 'PERCENT',
      qualifiers: { ...noQualifiers, dose: 2, population: 'người từ 18 tuổi trở lên' },
    });
    expect(t.deadline).toMatchObject({ kind: 'BY_DATE', date: '2021-12-31' });
  });

  it('reads a decimal comma, a scale word, a pool of ten, "mỗi ngày", and a year taken from the directive', () => {
    const targets = textTargets('1. Phấn đấu xét nghiệm 12.500 mẫu gộp 10/ngày và tiêm 1,5 nghìn mũi mỗi ngày; hoàn thành tiêm mũi 1 cho 97,5% dân số trong tháng 11.', 2021);
    expect(targets.map(comparable)).toEqual([
      { metric: 'RT_PCR_POOLED_SAMPLES', value: 12500, unit: 'SAMPLES_PER_DAY', qualifiers: { ...noQualifiers, poolSize: 10 } },
      { metric: 'VACCINATION_DOSES_PER_DAY', value: 1500, unit: 'DOSES_PER_DAY', qualifiers: noQualifiers },
      { metric: 'VACCINATION_COVERAGE', value: 97.5, unit: 'PERCENT', qualifiers: { ...noQualifiers, dose: 1, population: 'dân số' } },
    ]);
    expect(targets[2].deadline).toMatchObject({ kind: 'WITHIN_PERIOD', periodStart: '2021-11-01', periodEnd: '2021-11-30' });
  });

  it('does not take a reported figure or an unrelated number for a target', () => {
    expect(textTargets('1. Đến nay toàn tỉnh đã tiêm cho 95% người dân. Tiếp nối 90 ngày không ghi nhận ca nhiễm.')).toEqual([]);
    expect(textTargets('1. Cách ly tập trung 21 ngày đối với người nhập cảnh.')).toEqual([]);
  });
});
