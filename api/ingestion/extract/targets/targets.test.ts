import { clean } from '../../clean';
import { segmentClauses } from '../../segment/clauses';
import type { Target } from '../../../domain/facts';
import { loadSeed } from '../../../evaluation/gold';
import { extractFacts } from '../index';

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
/** Metric, value and unit: what the eval scores on development texts. */
const figure = (t: Target) => `${t.metric} ${t.value} ${t.unit}`;
/** The figure, whether a condition governs it, and the condition as written. */
const contingency = (t: Target) => [figure(t), t.contingent, t.qualifiers.condition];

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
    expect(targets.slice(0, 2).map((t) => [t.bound, t.contingent])).toEqual([
      [null, false],
      [null, false],
    ]);
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

  it('gives both testing goals their scope, "tại các địa phương, đơn vị ...", and the condition written after them', () => {
    const qualifiers = { ...noQualifiers, scope: 'các địa phương, đơn vị đã được trang bị máy xét nghiệm', condition: 'khi có tình huống xảy ra' };
    expect(targets.slice(0, 2).map(comparable)).toEqual([
      { metric: 'RT_PCR_SINGLE_SAMPLES', value: 8000, unit: 'SAMPLES_PER_DAY', qualifiers },
      { metric: 'RT_PCR_POOLED_SAMPLES', value: 80000, unit: 'SAMPLES_PER_DAY', qualifiers },
    ]);
    expect(targets.slice(0, 2).map((t) => t.contingent)).toEqual([true, true]);
  });

  it('reads "hoàn thành trong vòng 07 ngày kể từ khi được phân bổ vắc xin" as a ceiling with its event', () => {
    const t = targets[2];
    expect(comparable(t)).toEqual({ metric: 'VACCINATION_COMPLETION_DAYS', value: 7, unit: 'DAYS', qualifiers: noQualifiers });
    expect(t.deadline).toMatchObject({ kind: 'WITHIN_DAYS_OF_EVENT', days: 7, event: 'được phân bổ vắc xin', date: null });
    expect([t.bound, t.contingent]).toEqual(['AT_MOST', false]);
    expect(targets).toHaveLength(3);
  });
});

describe('targets of Quảng Ninh notice 11-TB/BCĐ', () => {
  it('reads the coverage goal and takes "phấn đấu cơ bản hoàn thành trong tháng 10/2021" as its deadline', () => {
    const { targets } = seedTargets(QN_NOTICE, '11-TB/BCĐ');
    expect(targets.map(comparable)).toEqual([
      { metric: 'VACCINATION_COVERAGE', value: 100, unit: 'PERCENT', qualifiers: { ...noQualifiers, dose: 2, population: 'người dân có chỉ định tiêm' } },
    ]);
    expect(targets[0].deadline).toMatchObject({ kind: 'WITHIN_PERIOD', periodStart: '2021-10-01', periodEnd: '2021-10-31' });
  });
});

describe('targets of the seeds\' metrics in texts from other provinces', () => {
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

  it('reads the population of a coverage goal named before it, after "cho", ages and all', () => {
    const targets = textTargets('1. Đến hết tháng 8/2022, tiêm đủ 2 liều vắc xin cho trẻ từ 5 tuổi đến dưới 12 tuổi đạt trên 95%; tiêm mũi 3 cho giáo viên đạt 100%.');
    expect(targets.map((t) => [t.value, t.qualifiers.population])).toEqual([
      [95, 'trẻ từ 5 tuổi đến dưới 12 tuổi'],
      [100, 'giáo viên'],
    ]);
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

  it('reads a pool size written in parentheses, whose number is no target', () => {
    const targets = textTargets('1. Nâng công suất lên 6.000 mẫu đơn/ngày, tương đương 30.000 mẫu gộp/ngày (gộp 5 mẫu).');
    expect(targets.map(figure)).toEqual(['RT_PCR_SINGLE_SAMPLES 6000 SAMPLES_PER_DAY', 'RT_PCR_POOLED_SAMPLES 30000 SAMPLES_PER_DAY']);
    expect(targets[1].qualifiers.poolSize).toBe(5);
  });
});

describe('figures of orders, by metric', () => {
  const cases: [string, string[]][] = [
    ['1. Không tụ tập quá 15 người ở nơi công cộng.', ['GATHERING_SIZE 15 PEOPLE']],
    ['1. Hạn chế tập trung trên 20 người tại các lễ hội; đám giỗ không quá 30 người.', ['GATHERING_SIZE 20 PEOPLE', 'GATHERING_SIZE 30 PEOPLE']],
    ['1. Người dân giữ khoảng cách tối thiểu 1,5m khi giao dịch tại ngân hàng.', ['PHYSICAL_DISTANCE 1.5 METRES']],
    ['1. Người về từ vùng có dịch phải tự cách ly tại nhà 10 ngày.', ['QUARANTINE_DAYS 10 DAYS']],
    ['1. Sau khi hết cách ly, tiếp tục tự theo dõi sức khỏe tại nhà 7 ngày.', ['HEALTH_MONITORING_DAYS 7 DAYS']],
    ['1. Thời gian phong tỏa là 21 ngày kể từ 12 giờ ngày 10/8/2021.', ['RESTRICTION_PERIOD_DAYS 21 DAYS']],
    ['1. Người đi về từ vùng dịch trong vòng 21 ngày phải khai báo y tế.', ['EXPOSURE_WINDOW_DAYS 21 DAYS']],
    ['1. Xét nghiệm định kỳ 3 ngày/lần đối với tiểu thương tại chợ.', ['TEST_INTERVAL_DAYS 3 DAYS']],
    ['1. Trả kết quả xét nghiệm không quá 48 giờ.', ['TEST_TURNAROUND_HOURS 48 HOURS']],
    ['1. Các cơ quan bố trí tối đa 20% nhân viên làm việc tại trụ sở.', ['WORKPLACE_ATTENDANCE 20 PERCENT']],
    ['1. Nhà hàng phục vụ tại chỗ không quá 40% số bàn; khách sạn hoạt động không quá 50% số phòng.', ['VENUE_CAPACITY 40 PERCENT', 'VENUE_CAPACITY 50 PERCENT']],
    ['1. Xe taxi, xe hợp đồng chở tối đa 50% số chỗ ngồi.', ['TRANSPORT_CAPACITY 50 PERCENT']],
    ['1. Bảo đảm 100% người dân được tiếp cận thông tin về dịch bệnh qua loa truyền thanh.', ['INFORMATION_COVERAGE 100 PERCENT']],
    ['1. Công an huyện lập 7 chốt kiểm soát tại các cửa ngõ.', ['CHECKPOINTS 7 CHECKPOINTS']],
    ['1. Sở Y tế chuẩn bị tối thiểu 800 giường hồi sức cho bệnh nhân nặng.', ['TREATMENT_BEDS 800 BEDS']],
  ];
  for (const [sentence, expected] of cases) {
    it(sentence, () => expect(textTargets(sentence).map(figure)).toEqual(expected));
  }

  it('reports a figure no metric names as OTHER with its noun phrase and unit', () => {
    const targets = textTargets('1. Thành lập 3 tổ công tác đặc biệt; chi 2.000.000.000 đồng mua sắm trang thiết bị; ngân sách tỉnh bảo đảm 60%.');
    expect(targets.map((t) => [figure(t), t.nounPhrase])).toEqual([
      ['OTHER 3 COUNT', 'tổ công tác đặc biệt'],
      ['OTHER 2000000000 VND', 'mua sắm trang thiết bị'],
      ['OTHER 60 PERCENT', 'ngân sách tỉnh'],
    ]);
    expect(targets[0].citation.quote).toBe('3 tổ công tác đặc biệt');
    expect(targets[0].citation.rule).toBe('target.other');
  });

  it('ends the noun phrase before what the counted thing consists of ("gồm", "bao gồm")', () => {
    const targets = textTargets('1. Mỗi thôn thành lập 01 Tổ COVID cộng đồng gồm 5 thành viên; bố trí 02 tổ công tác bao gồm y tế và công an.');
    expect(targets.map((t) => t.citation.quote)).toEqual(['01 Tổ COVID cộng đồng', '5 thành viên', '02 tổ công tác']);
  });

  it('counts "lần" and writes a figure per something else as a count: "2 lần/tuần", "10 mẫu/ống"', () => {
    const targets = textTargets('1. Người dân đi chợ không quá 2 lần/tuần; lấy mẫu gộp không quá 5 mẫu/ống.');
    expect(targets.map((t) => [figure(t), t.nounPhrase])).toEqual([
      ['OTHER 2 COUNT', 'lần/tuần'],
      ['OTHER 5 COUNT', 'mẫu/ống'],
    ]);
  });
});

describe('bound, noun phrase and contingency', () => {
  const of = (sentence: string) => textTargets(sentence).map((t) => ({ figure: figure(t), bound: t.bound, nounPhrase: t.nounPhrase, contingent: t.contingent }));

  it('reads ceilings and floors from the words before the figure', () => {
    expect(of('1. Đám cưới không quá 20 người; giữ khoảng cách tối thiểu 2 mét; bố trí tối đa 30% cán bộ làm việc tại cơ quan.')).toEqual([
      { figure: 'GATHERING_SIZE 20 PEOPLE', bound: 'AT_MOST', nounPhrase: 'người', contingent: false },
      { figure: 'PHYSICAL_DISTANCE 2 METRES', bound: 'AT_LEAST', nounPhrase: 'khoảng cách', contingent: false },
      { figure: 'WORKPLACE_ATTENDANCE 30 PERCENT', bound: 'AT_MOST', nounPhrase: 'cán bộ', contingent: false },
    ]);
  });

  it('makes the items under a heading that states a condition contingent on it ("Kịch bản 2: Khi có ...")', () => {
    const plan = [
      'Các đơn vị chuẩn bị theo các kịch bản sau:',
      '1. Kịch bản 1: Khi có dưới 100 ca mắc',
      '- Bố trí 300 giường điều trị tại Bệnh viện Phổi tỉnh.',
      '2. Kịch bản 2: Khi có từ 100 đến 500 ca mắc',
      '- Thành lập thêm 02 bệnh viện dã chiến, mỗi bệnh viện 500 giường.',
      // The dot of a figure does not end the condition.
      '3. Kịch bản 3: Khi có 1.000 ca mắc',
      '- Bố trí 1.200 giường điều trị.',
      '4. Trường hợp phát hiện F0 tại trường học:',
      'a) Cho lớp có F0 học trực tuyến 07 ngày.',
      // A numbered item that ends its sentence is prose, not a heading: the item under it is not conditional.
      '5. Các huyện chuẩn bị khu cách ly khi có ca mắc.',
      '- Mỗi khu tối thiểu 100 giường.',
    ].join('\n');
    expect(textTargets(plan).map(contingency)).toEqual([
      ['TREATMENT_BEDS 300 BEDS', true, 'Kịch bản 1: Khi có dưới 100 ca mắc'],
      ['OTHER 2 COUNT', true, 'Kịch bản 2: Khi có từ 100 đến 500 ca mắc'],
      ['TREATMENT_BEDS 500 BEDS', true, 'Kịch bản 2: Khi có từ 100 đến 500 ca mắc'],
      ['TREATMENT_BEDS 1200 BEDS', true, 'Kịch bản 3: Khi có 1.000 ca mắc'],
      ['RESTRICTION_PERIOD_DAYS 7 DAYS', true, 'Trường hợp phát hiện F0 tại trường học'],
      ['OTHER 100 BEDS', false, null],
    ]);
  });

  it('makes a target contingent on a condition its own clause opens and "thì" or a modal closes ("Khi phát hiện F0 thì ...")', () => {
    const text = [
      '1. Khi phát hiện F0 thì chuyển lớp có F0 sang học trực tuyến trong 07 ngày.',
      '2. Thuyền viên không được lên bờ; trường hợp bắt buộc phải lên bờ thì cách ly tập trung 14 ngày.',
      // A cue that names nothing sets no condition: "cần" here is "cần thiết".
      '3. Cấp độ 4: không tổ chức; trường hợp cần thiết tổ chức không quá 10 người.',
    ].join('\n');
    expect(textTargets(text).map(contingency)).toEqual([
      ['RESTRICTION_PERIOD_DAYS 7 DAYS', true, 'Khi phát hiện F0'],
      ['QUARANTINE_DAYS 14 DAYS', true, 'trường hợp bắt buộc phải lên bờ'],
      ['OTHER 10 PEOPLE', true, 'Cấp độ 4'],
    ]);
  });

  it('makes a target contingent on a count or a share that opens its sentence ("Khi số ca mắc vượt ...", "Khi tỷ lệ ...")', () => {
    const text = [
      '1. Khi số ca mắc vượt 5.000 ca, kích hoạt Bệnh viện dã chiến số 2 quy mô 1.500 giường.',
      '2. Khi tỷ lệ sử dụng giường vượt 80%, thiết lập thêm 300 giường hồi sức.',
    ].join('\n');
    expect(textTargets(text).map(contingency)).toEqual([
      ['TREATMENT_BEDS 1500 BEDS', true, 'Khi số ca mắc vượt 5.000 ca'],
      ['TREATMENT_BEDS 300 BEDS', true, 'Khi tỷ lệ sử dụng giường vượt 80%'],
    ]);
  });

  it('makes a target contingent on the scenario a label names on its line or above its list, without "khi"', () => {
    const scenarios = [
      '1. Tình huống 1: chưa ghi nhận ca bệnh. Các huyện chuẩn bị sẵn sàng 300 giường cách ly tập trung.',
      '2. Tình huống 2: có ca bệnh trong cộng đồng. Xét nghiệm 100% người dân trong khu vực phong tỏa.',
      '3. Phương án 2:',
      '- Bố trí 1.000 giường điều trị.',
      // A label that is no scenario's sets none.
      '4. Giai đoạn 2: tiêm cho 100% người từ 18 tuổi trở lên.',
    ].join('\n');
    expect(textTargets(scenarios).map(contingency)).toEqual([
      ['OTHER 300 BEDS', true, 'Tình huống 1: chưa ghi nhận ca bệnh'],
      ['TESTING_COVERAGE 100 PERCENT', true, 'Tình huống 2: có ca bệnh trong cộng đồng'],
      ['TREATMENT_BEDS 1000 BEDS', true, 'Phương án 2'],
      ['VACCINATION_COVERAGE 100 PERCENT', false, null],
    ]);
  });

  it('makes a target contingent on the epidemic level labelling its line, heading its list or placing it ("Cấp độ 2:", "Vùng cam:", "ở cấp độ 3")', () => {
    const levels = [
      '1. Tổ chức hoạt động tập trung đông người theo cấp độ dịch như sau:',
      'a) Cấp độ 1 và cấp độ 2 (nguy cơ thấp, trung bình): không quá 100 người trong nhà, không quá 200 người ngoài trời.',
      'b) Cấp độ 3 (nguy cơ cao): không quá 20 người.',
      '2. Vùng cam:',
      '- Nhà hàng phục vụ không quá 50% công suất.',
      // "Cấp độ dịch" names no level.
      '3. Cấp độ dịch: toàn tỉnh thực hiện giãn cách xã hội 14 ngày.',
      // A level the figure's segment, or the part's opening, places it at.
      '4. Xe khách ở cấp độ 3 chở không quá 50% số ghế.',
      '5. Lễ hội không quá 200 người tại địa bàn cấp độ 1, không quá 100 người tại địa bàn cấp độ 2.',
      '6. Tại các địa bàn cấp độ 4, không tập trung quá 10 người nơi công cộng.',
      // The level of a place people come from is theirs, not the order's.
      '7. Người về từ địa bàn ở cấp độ 4 tự theo dõi sức khỏe 07 ngày.',
      // Joined by "và" in one segment: the level after each figure is its own.
      '8. Đám cưới tổ chức không quá 100 người tại các địa bàn cấp độ 1 và không quá 50 người tại các địa bàn cấp độ 2.',
    ].join('\n');
    expect(textTargets(levels).map(contingency)).toEqual([
      ['GATHERING_SIZE 100 PEOPLE', true, 'Cấp độ 1 và cấp độ 2 (nguy cơ thấp, trung bình)'],
      ['GATHERING_SIZE 200 PEOPLE', true, 'Cấp độ 1 và cấp độ 2 (nguy cơ thấp, trung bình)'],
      ['GATHERING_SIZE 20 PEOPLE', true, 'Cấp độ 3 (nguy cơ cao)'],
      ['VENUE_CAPACITY 50 PERCENT', true, 'Vùng cam'],
      ['RESTRICTION_PERIOD_DAYS 14 DAYS', false, null],
      ['TRANSPORT_CAPACITY 50 PERCENT', true, 'cấp độ 3'],
      ['GATHERING_SIZE 200 PEOPLE', true, 'cấp độ 1'],
      ['GATHERING_SIZE 100 PEOPLE', true, 'cấp độ 2'],
      ['GATHERING_SIZE 10 PEOPLE', true, 'cấp độ 4'],
      ['HEALTH_MONITORING_DAYS 7 DAYS', false, null],
      ['GATHERING_SIZE 100 PEOPLE', true, 'cấp độ 1'],
      ['GATHERING_SIZE 50 PEOPLE', true, 'cấp độ 2'],
    ]);
  });

  it('reads the level of a label that names the places first ("Địa bàn cấp độ 2:"), the label of its own sentence where a line holds two', () => {
    const levels = [
      '1. Hoạt động vận tải hành khách:',
      'a) Địa bàn cấp độ 2: xe taxi chở không quá 75% số ghế.',
      'b) Các xã, phường cấp độ 3: xe taxi chở không quá 50% số ghế.',
      '2. Địa bàn cấp độ 1 và cấp độ 2: không tụ tập quá 20 người. Địa bàn cấp độ 3: lễ hội không quá 10 người.',
    ].join('\n');
    expect(textTargets(levels).map(contingency)).toEqual([
      ['TRANSPORT_CAPACITY 75 PERCENT', true, 'cấp độ 2'],
      ['TRANSPORT_CAPACITY 50 PERCENT', true, 'cấp độ 3'],
      ['GATHERING_SIZE 20 PEOPLE', true, 'cấp độ 1 và cấp độ 2'],
      ['GATHERING_SIZE 10 PEOPLE', true, 'cấp độ 3'],
    ]);
  });

  it('turns "trên" into a ceiling after a negation, and keeps "từ ... trở lên" without a bound', () => {
    expect(of('1. Không tổ chức các sự kiện, hội nghị trên 50 người.').map((t) => t.bound)).toEqual(['AT_MOST']);
    expect(of('1. Phấn đấu có trên 90% người dân được tiêm vắc xin.').map((t) => t.bound)).toEqual(['AT_LEAST']);
    expect(of('1. Không tập trung từ 30 người trở lên tại nơi công cộng.').map((t) => [t.figure, t.bound])).toEqual([['GATHERING_SIZE 30 PEOPLE', null]]);
    expect(of('1. Mỗi gia đình chỉ cử 01 người đi chợ.').map((t) => [t.figure, t.bound])).toEqual([['OTHER 1 PEOPLE', 'AT_MOST']]);
  });

  it('makes "trong vòng" a ceiling for a time limit, not for an exposure window', () => {
    expect(of('1. Hồ sơ được giải quyết trong vòng 3 ngày làm việc.').map((t) => [t.figure, t.bound])).toEqual([['OTHER 3 DAYS', 'AT_MOST']]);
    expect(of('1. Người đã đến vùng dịch trong vòng 14 ngày phải khai báo y tế.').map((t) => [t.figure, t.bound])).toEqual([['EXPOSURE_WINDOW_DAYS 14 DAYS', null]]);
  });

  it('marks a target contingent on a condition before or after it', () => {
    const before = textTargets('1. Trường hợp phát hiện ca mắc trong cộng đồng, phong tỏa khu dân cư 14 ngày.');
    expect(before.map(contingency)).toEqual([['RESTRICTION_PERIOD_DAYS 14 DAYS', true, 'Trường hợp phát hiện ca mắc trong cộng đồng']]);
    const after = textTargets('1. Sở Y tế chuẩn bị 500 giường điều trị khi dịch bùng phát.');
    expect(after.map(contingency)).toEqual([['TREATMENT_BEDS 500 BEDS', true, 'khi dịch bùng phát']]);
  });

  it('does not take a circumstance or a later conditional order for a condition', () => {
    expect(of('1. Giữ khoảng cách tối thiểu 2 mét khi xếp hàng.').map((t) => t.contingent)).toEqual([false]);
    expect(of('1. Tự theo dõi sức khỏe 14 ngày, nếu có triệu chứng sốt, ho thì báo ngay cho trạm y tế.').map((t) => t.contingent)).toEqual([false]);
  });
});

describe('deadlines of targets', () => {
  it('gives a target the deadline of the sentence that follows it when that sentence says nothing else', () => {
    const [t] = textTargets('1. Xét nghiệm cho 100% người về từ vùng dịch. Hoàn thành trước ngày 15/10/2021.');
    expect(figure(t)).toBe('TESTING_COVERAGE 100 PERCENT');
    expect(t.deadline).toMatchObject({ kind: 'BY_DATE', date: '2021-10-15' });
  });

  it('prefers the deadline a completion word leads', () => {
    const [t] = textTargets('1. Tiêm vắc xin cho 100% người dân trong quý IV/2021, phấn đấu hoàn thành trong tháng 11/2021.');
    expect(t.deadline).toMatchObject({ kind: 'WITHIN_PERIOD', periodStart: '2021-11-01', periodEnd: '2021-11-30' });
  });

  it('does not take the time limit of another target for a target', () => {
    const targets = textTargets('1. Đề nghị các huyện thành lập 5 chốt kiểm soát, trong vòng 10 ngày kể từ ngày 5/8/2021.');
    expect(targets.map(figure)).toEqual(['CHECKPOINTS 5 CHECKPOINTS']);
    expect(targets[0].deadline).toMatchObject({ kind: 'WITHIN_DAYS_OF_EVENT', days: 10 });
  });

  it('keeps a time limit that orders the action before it, when the target it could limit comes after', () => {
    const targets = textTargets('1. Người đến tỉnh phải xét nghiệm nhanh trong vòng 24 giờ kể từ khi đến và tự theo dõi sức khỏe 07 ngày.');
    expect(targets.map((t) => `${t.value} ${t.unit}`)).toEqual(['24 HOURS', '7 DAYS']);
  });
});

describe('damaged text', () => {
  it('gives a text without diacritics the targets of the same text with them', () => {
    const marked = textTargets('1. Không tập trung quá 10 người; giữ khoảng cách tối thiểu 2 mét; cách ly tập trung 21 ngày đối với người nhập cảnh; đã ghi nhận 05 ca.');
    const bare = textTargets('1. Khong tap trung qua 10 nguoi; giu khoang cach toi thieu 2 met; cach ly tap trung 21 ngay doi voi nguoi nhap canh; da ghi nhan 05 ca.');
    expect(bare.map(figure)).toEqual(['GATHERING_SIZE 10 PEOPLE', 'PHYSICAL_DISTANCE 2 METRES', 'QUARANTINE_DAYS 21 DAYS']);
    expect(bare.map((t) => [figure(t), t.bound])).toEqual(marked.map((t) => [figure(t), t.bound]));
  });

  it('counts places ("chỗ") written without marks, which spell the stop word "cho"', () => {
    const bare = textTargets('1. Chuan bi 1.500 cho cach ly tap trung va 200 cho ngoi tai khu cho tiem cho nguoi cao tuoi.');
    expect(bare.map((t) => `${figure(t)} ${t.citation.quote}`)).toEqual(['OTHER 1500 COUNT 1.500 cho cach ly tap trung', 'OTHER 200 COUNT 200 cho ngoi']);
  });
});
