import { analyse } from '../analyse';
import { read } from '../reading';
import { nothingFound } from './found';
import { findPeriods } from './periods';

// Texts written for these tests, one per shape of the genre's "in force" statements.

// A short line alone would be read as a letterhead: every text here is a sentence of a body.
const periods = (text: string, issuedOn: string | null = '2021-07-20') =>
  findPeriods(read({ format: 'PLAIN', text }, []), nothingFound({ ownNumber: null, year: 2021, issuedOn })).map(({ from, to, days, untilFurtherNotice, citation }) => ({
    from,
    to,
    days,
    untilFurtherNotice,
    quote: citation.quote,
  }));

const open = { to: null, days: null, untilFurtherNotice: false };

describe('findPeriods', () => {
  it('reads a start to the hour, and a duration before or after it', () => {
    expect(periods('Thực hiện giãn cách xã hội trên toàn huyện trong thời gian 14 ngày, kể từ 0 giờ ngày 22/7/2021.')).toEqual([
      { ...open, from: '2021-07-22', days: 14, quote: 'trong thời gian 14 ngày, kể từ 0 giờ ngày 22/7/2021' },
    ]);
    // A minute mark written as a typographic apostrophe ("9h00’") or a prime.
    expect(periods('Thực hiện giãn cách xã hội trên toàn huyện trong thời gian 07 ngày, kể từ 9h00’ ngày 07/11/2021.')).toEqual([
      { ...open, from: '2021-11-07', days: 7, quote: 'trong thời gian 07 ngày, kể từ 9h00’ ngày 07/11/2021' },
    ]);
    expect(periods('Áp dụng Chỉ thị số 15/CT-TTg từ 12 giờ ngày 21/7/2021 trong thời hạn 15 ngày.')).toEqual([
      { ...open, from: '2021-07-21', days: 15, quote: 'từ 12 giờ ngày 21/7/2021 trong thời hạn 15 ngày' },
    ]);
    // The length under its label: "Thời gian thực hiện: 14 ngày, kể từ ...".
    expect(periods('Thực hiện giãn cách xã hội toàn tỉnh. Thời gian thực hiện giãn cách: 10 ngày, kể từ 0 giờ ngày 24/7/2021.')).toEqual([
      { ...open, from: '2021-07-24', days: 10, quote: 'Thời gian thực hiện giãn cách: 10 ngày, kể từ 0 giờ ngày 24/7/2021' },
    ]);
  });

  it('reads the length of a regime named after its start, not a task\'s nor an exception\'s', () => {
    expect(periods('Từ 0h ngày 21/7/2021, thành phố Thái Nguyên cách ly xã hội trong 15 ngày.')).toEqual([
      { ...open, from: '2021-07-21', days: 15, quote: 'Từ 0h ngày 21/7/2021, thành phố Thái Nguyên cách ly xã hội trong 15 ngày' },
    ]);
    expect(periods('Từ ngày 21/7/2021, các xã hoàn thành xét nghiệm trong 10 ngày.')).toEqual([{ ...open, from: '2021-07-21', quote: 'Từ ngày 21/7/2021' }]);
    expect(periods('Từ 0 giờ ngày 21/7/2021, thôi áp dụng giãn cách xã hội trên địa bàn tỉnh, trừ phường Tân Lập tiếp tục giãn cách thêm 07 ngày.')).toEqual([
      { ...open, from: '2021-07-21', quote: 'Từ 0 giờ ngày 21/7/2021' },
    ]);
  });

  it('reads a range with both ends, and "until further notice"', () => {
    expect(periods('Từ 0 giờ ngày 25/7/2021 đến hết ngày 08/8/2021, dừng các hoạt động tập trung đông người.')).toEqual([
      { ...open, from: '2021-07-25', to: '2021-08-08', quote: 'Từ 0 giờ ngày 25/7/2021 đến hết ngày 08/8/2021' },
    ]);
    expect(periods('Tạm dừng hoạt động các quán karaoke từ 18 giờ ngày 21/7/2021 cho đến khi có thông báo mới.')).toEqual([
      { ...open, from: '2021-07-21', untilFurtherNotice: true, quote: 'từ 18 giờ ngày 21/7/2021 cho đến khi có thông báo mới' },
    ]);
  });

  it('reads a range whose first day takes its month and year from its last, or whose ends a dash joins', () => {
    expect(periods('Tạm dừng hoạt động các cơ sở karaoke, quán bar trên địa bàn tỉnh từ ngày 25 đến hết ngày 31/7/2021.')).toEqual([
      { ...open, from: '2021-07-25', to: '2021-07-31', quote: 'từ ngày 25 đến hết ngày 31/7/2021' },
    ]);
    expect(periods('Học sinh các trường nghỉ học từ 22/7 - 30/7/2021 để phòng dịch.')).toEqual([{ ...open, from: '2021-07-22', to: '2021-07-30', quote: 'từ 22/7 - 30/7/2021' }]);
  });

  it('reads past a note in brackets after the first day, and a day without its year into the next year', () => {
    expect(periods('Tạm dừng các lễ hội đầu xuân từ ngày 26/01/2022 (tức ngày 24 tháng Chạp năm Tân Sửu) đến hết ngày 14/02/2022.', '2022-01-20')).toEqual([
      { ...open, from: '2022-01-26', to: '2022-02-14', quote: 'từ ngày 26/01/2022 (tức ngày 24 tháng Chạp năm Tân Sửu) đến hết ngày 14/02/2022' },
    ]);
    expect(periods('Khu di tích tạm dừng đón khách từ ngày 03/02/2022 (mùng 3 Tết) cho đến khi có thông báo mới.', '2022-01-20')).toEqual([
      { ...open, from: '2022-02-03', untilFurtherNotice: true, quote: 'từ ngày 03/02/2022 (mùng 3 Tết) cho đến khi có thông báo mới' },
    ]);
    // A letter of late December: "28/01" is next January.
    expect(periods('Các điểm vui chơi công cộng tạm dừng hoạt động từ ngày 28/01 đến hết ngày 05/02.', '2021-12-27')).toEqual([
      { ...open, from: '2022-01-28', to: '2022-02-05', quote: 'từ ngày 28/01 đến hết ngày 05/02' },
    ]);
  });

  it('reads entry into force at signing, and a duration counted from it', () => {
    expect(periods('Công văn này có hiệu lực kể từ ngày ký, các sở, ngành và địa phương thực hiện nghiêm.')).toEqual([{ ...open, from: null, quote: 'có hiệu lực kể từ ngày ký' }]);
    expect(periods('Phong tỏa tạm thời thôn 3 của xã Thanh Sơn trong 07 ngày kể từ ngày ký văn bản này.')).toEqual([{ ...open, from: null, days: 7, quote: 'trong 07 ngày kể từ ngày ký' }]);
  });

  it('reads the end of the directive\'s own time or of the orders above, alone or after the signing', () => {
    expect(periods('Các cơ sở thực hiện nghiêm. Thông báo này có hiệu lực từ ngày ký đến hết ngày 31/12/2021.', '2021-12-01')).toEqual([
      { ...open, from: null, to: '2021-12-31', quote: 'có hiệu lực từ ngày ký đến hết ngày 31/12/2021' },
    ]);
    expect(periods('Các cơ sở thực hiện nghiêm. Thông báo này có hiệu lực đến hết ngày 31/12/2021.', '2021-12-01')).toEqual([
      { ...open, from: null, to: '2021-12-31', quote: 'có hiệu lực đến hết ngày 31/12/2021' },
    ]);
    expect(periods('Các cơ sở thực hiện nghiêm. Các biện pháp trên áp dụng đến 24 giờ 00 ngày 31/12/2021.', '2021-12-01')).toEqual([
      { ...open, from: null, to: '2021-12-31', quote: 'áp dụng đến 24 giờ 00 ngày 31/12/2021' },
    ]);
    // A task's own end is its deadline, no time the orders apply.
    expect(periods('Sở Y tế thực hiện xét nghiệm đến hết ngày 31/12/2021.', '2021-12-01')).toEqual([]);
  });

  it('does not take a window a report looks back on, nor who a measure is about, for a start', () => {
    expect(periods('Từ ngày 01/7 đến ngày 15/7/2021, toàn tỉnh ghi nhận 120 ca mắc.')).toEqual([]);
    expect(periods('Từ ngày 10/7/2021 đến nay, trên địa bàn đã ghi nhận 74 ca.')).toEqual([]);
    expect(periods('Người từ thành phố Hồ Chí Minh về tỉnh kể từ ngày 15/7/2021 phải khai báo y tế.')).toEqual([]);
    // A start well before the directive's own date qualifies who is meant.
    expect(periods('Tất cả người đã đến chợ đầu mối kể từ ngày 01/6/2021 phải xét nghiệm.')).toEqual([]);
    // Written without marks, "ve" may be "về"; with them, "vé số" (lottery tickets) goes nowhere.
    expect(periods('Nguoi tu thanh pho Ho Chi Minh ve tinh ke tu ngay 15/7/2021 phai khai bao y te.')).toEqual([]);
    expect(periods('Tạm dừng hoạt động bán vé số dạo từ ngày 22/7/2021 đến hết ngày 04/8/2021.')).toEqual([
      { from: '2021-07-22', to: '2021-08-04', days: null, untilFurtherNotice: false, quote: 'từ ngày 22/7/2021 đến hết ngày 04/8/2021' },
    ]);
  });

  it('does not read a document number\'s "/TU" or a province\'s "tỉnh từ" as "từ"', () => {
    expect(periods('Thực hiện Công văn số 1092-CV/TU ngày 18/7/2021 của Ban Thường vụ Tỉnh ủy.')).toEqual([]);
    expect(periods('Tạm dừng tổ chức các lễ hội, sự kiện đông người trên địa bàn tỉnh từ 0 giờ ngày 21/7/2021.')).toEqual([{ ...open, from: '2021-07-21', quote: 'từ 0 giờ ngày 21/7/2021' }]);
  });
});

const LETTER = `UBND TỈNH HÀ NAM
Số: 41/UBND-KGVX

Hà Nam, ngày 20 tháng 7 năm 2021

Về việc tăng cường phòng, chống dịch COVID-19

Ủy ban nhân dân tỉnh yêu cầu thực hiện các nội dung sau, kể từ 12 giờ ngày 21/7/2021:
1. Tạm dừng hoạt động các cơ sở kinh doanh dịch vụ không thiết yếu trên địa bàn tỉnh.
2. Không tụ tập quá 10 người ở ngoài công sở, trường học, bệnh viện.
3. Sở Y tế tổ chức xét nghiệm sàng lọc cho người dân tại các khu vực có nguy cơ cao trong 07 ngày, từ 0 giờ ngày 22/7/2021.

Nơi nhận:
- Như trên;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn A
`;

describe('which facts a statement governs', () => {
  it('gives a lead sentence\'s start to the clauses it introduces, and a clause\'s own statement to that clause', () => {
    const { facts } = analyse(LETTER);
    const closing = facts.measures.find((m) => m.citation.quote.startsWith('Tạm dừng hoạt động'))!;
    expect(closing.period).toMatchObject({ from: '2021-07-21', days: null, citation: { quote: 'kể từ 12 giờ ngày 21/7/2021' } });
    const gathering = facts.targets.find((t) => t.metric === 'GATHERING_SIZE')!;
    expect(gathering.period).toMatchObject({ from: '2021-07-21', citation: { quote: 'kể từ 12 giờ ngày 21/7/2021' } });
    const testing = facts.measures.find((m) => m.category === 'TESTING')!;
    expect(testing.period).toMatchObject({ from: '2021-07-22', days: 7, citation: { quote: 'trong 07 ngày, từ 0 giờ ngày 22/7/2021' } });
  });

  it('gives each part of a sentence its own day before the day of the part before ("lớp 9 ... từ ngày 14/3; lớp 6 ... từ ngày 21/3")', () => {
    const text = LETTER.replace(/1\. Tạm dừng[^\n]*/u, '1. Học sinh lớp 9 đi học trực tiếp từ ngày 14/3/2022; học sinh lớp 6 đi học trực tiếp từ ngày 21/3/2022; trẻ mầm non đi học trực tiếp từ ngày 28/3/2022.');
    const schools = analyse(text).facts.measures.filter((m) => m.category === 'SCHOOLS');
    expect(schools.map((m) => m.period?.from)).toEqual(['2022-03-14', '2022-03-21', '2022-03-28']);
  });

  it('gives a closing sentence about the orders above ("Các biện pháp nêu trên được áp dụng từ ...") to each of them, not to what follows it', () => {
    const text = LETTER.replace(', kể từ 12 giờ ngày 21/7/2021:', ':').replace(
      /(2\. Không tụ tập[^\n]*\n)/u,
      '$1Các biện pháp nêu trên được áp dụng từ 0 giờ ngày 22/7/2021 đến 24 giờ ngày 05/8/2021.\n',
    );
    const { facts } = analyse(text.replace(/(3\. Sở Y tế[^\n]*\n)/u, '$14. Các huyện tuyên truyền cho người dân về các biện pháp phòng dịch.\n'));
    expect(facts.measures.find((m) => m.citation.quote.startsWith('Tạm dừng hoạt động'))!.period).toMatchObject({ from: '2021-07-22', to: '2021-08-05' });
    expect(facts.measures.find((m) => m.citation.quote.startsWith('Các huyện tuyên truyền'))!.period).toBeNull();
    expect(facts.targets.find((t) => t.metric === 'GATHERING_SIZE')!.period).toMatchObject({ from: '2021-07-22', to: '2021-08-05' });
    expect(facts.measures.find((m) => m.category === 'TESTING')!.period).toMatchObject({ from: '2021-07-22', days: 7 });
  });

  it('reads a closing "Thời gian thực hiện từ ... đến ..." as when every order applies, no time limit of the last one', () => {
    const text = LETTER.replace(', kể từ 12 giờ ngày 21/7/2021:', ':').replace(
      /(3\. Sở Y tế)[^\n]*\n/u,
      '$1 duy trì các chốt kiểm soát.\nThời gian thực hiện từ 0 giờ ngày 22/7/2021 đến hết ngày 05/8/2021.\n',
    );
    const { facts } = analyse(text);
    expect(facts.measures.map((m) => [m.period?.from, m.period?.to, m.deadline])).toEqual([
      ['2021-07-22', '2021-08-05', null],
      ['2021-07-22', '2021-08-05', null],
      ['2021-07-22', '2021-08-05', null],
    ]);
  });

  it('reads a regime\'s own "từ ... đến hết ..." as when it holds, not as a deadline; a task or a completion verb keeps its time limit', () => {
    const text = LETTER.replace(', kể từ 12 giờ ngày 21/7/2021:', ':').replace(
      /1\. Tạm dừng[^\n]*\n/u,
      '1. Tạm dừng tổ chức lễ hội, sự kiện từ ngày 22/7/2021 đến hết ngày 05/8/2021.\n' +
        '4. Trung tâm Y tế các huyện hoàn thành tiêm mũi 1 cho người lao động từ ngày 22/7/2021 đến hết ngày 05/8/2021.\n' +
        '5. Các doanh nghiệp tổ chức tiêm cho 100% người lao động trong 10 ngày, kể từ ngày 22/7/2021.\n',
    );
    const { facts } = analyse(text);
    const byStart = (start: string) => facts.measures.find((m) => m.citation.quote.startsWith(start))!;
    expect([byStart('Tạm dừng tổ chức').period, byStart('Tạm dừng tổ chức').deadline]).toEqual([
      expect.objectContaining({ from: '2021-07-22', to: '2021-08-05' }),
      null,
    ]);
    expect(byStart('Trung tâm Y tế các huyện hoàn thành').deadline).toMatchObject({ kind: 'WITHIN_PERIOD', periodStart: '2021-07-22', periodEnd: '2021-08-05' });
    expect(byStart('Các doanh nghiệp tổ chức tiêm').deadline).toMatchObject({ kind: 'WITHIN_DAYS_OF_EVENT', days: 10 });
  });

  it('reads a lockdown\'s own time under its label ("Thời gian phong tỏa: ...") as when every order applies, not as an order', () => {
    const text = LETTER.replace(', kể từ 12 giờ ngày 21/7/2021:', ':').replace(
      /(3\. Sở Y tế[^\n]*\n)/u,
      '$1Thời gian phong tỏa: kể từ 0 giờ ngày 22/7/2021 cho đến khi có thông báo mới.\n',
    );
    const { facts } = analyse(text);
    expect(facts.measures.map((m) => [m.citation.quote.slice(0, 20), m.period?.from, m.period?.untilFurtherNotice])).toEqual([
      ['Tạm dừng hoạt động c', '2021-07-22', true],
      ['Không tụ tập quá 10 ', '2021-07-22', true],
      // Its own start, seven days of testing, governs the third.
      ['Sở Y tế tổ chức xét ', '2021-07-22', false],
    ]);
  });

  it('reads a regime\'s end alone ("... đến hết ngày 05/8/2021") as when it stops holding, and a task\'s as its deadline', () => {
    const text = LETTER.replace(', kể từ 12 giờ ngày 21/7/2021:', ':')
      .replace(/1\. Tạm dừng[^\n]*\n/u, '1. Tạm dừng hoạt động các chợ đêm đến hết ngày 05/8/2021.\n')
      .replace(/(3\. Sở Y tế[^\n]*\n)/u, '$14. Các huyện hoàn thành tiêm mũi 1 chậm nhất đến ngày 05/8/2021.\n');
    const { facts } = analyse(text);
    const byStart = (start: string) => facts.measures.find((m) => m.citation.quote.startsWith(start))!;
    expect([byStart('Tạm dừng').period, byStart('Tạm dừng').deadline]).toEqual([
      { from: null, to: '2021-08-05', days: null, untilFurtherNotice: false, citation: expect.objectContaining({ quote: 'đến hết ngày 05/8/2021', rule: 'period.until' }) },
      null,
    ]);
    expect([byStart('Các huyện hoàn thành').period, byStart('Các huyện hoàn thành').deadline]).toEqual([null, expect.objectContaining({ kind: 'BY_DATE', date: '2021-08-05' })]);
  });

  it('leaves a fact no statement governs without a period', () => {
    const { facts } = analyse(LETTER.replace(', kể từ 12 giờ ngày 21/7/2021:', ':'));
    expect(facts.measures.find((m) => m.citation.quote.startsWith('Tạm dừng hoạt động'))!.period).toBeNull();
  });
});
