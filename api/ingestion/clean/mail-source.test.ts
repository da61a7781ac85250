import { encode as encodeQuotedPrintable, wrap } from 'libqp';
import { analyse } from '../analyse';
import { unwrapMailSource } from './mail-source';

// A made-up health department letter, sent as an attachment of a mail whose body is a covering note.
const LETTER = [
  'UBND TỈNH SÓC TRĂNG',
  'SỞ Y TẾ',
  'Số: 1875/SYT-NVY',
  'V/v tăng cường xét nghiệm tầm soát',
  'Sóc Trăng, ngày 23 tháng 8 năm 2021',
  'Kính gửi: Trung tâm Y tế các huyện, thị xã, thành phố.',
  '1. Xét nghiệm tầm soát 100% tiểu thương tại các chợ đầu mối, 3 ngày/lần.',
  '2. Trả kết quả xét nghiệm trong vòng 24 giờ.',
  'GIÁM ĐỐC',
  'Trần Thị Hoa',
].join('\n');
const NOTE = 'Kính gửi các đơn vị,\nVăn thư Sở gửi Công văn số 1875/SYT-NVY đính kèm.\nTrân trọng.';

const qp = (text: string): string => wrap(encodeQuotedPrintable(Buffer.from(text, 'utf8')), 76);
const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64').replace(/.{76}/gu, '$&\n');

const MAIL = [
  'Return-Path: <vanthu@syt.soctrang.example>',
  'From: =?UTF-8?Q?V=C4=83n_th=C6=B0_S=E1=BB=9F_Y_t=E1=BA=BF?= <vanthu@syt.soctrang.example>',
  'To: ttyt@soctrang.example',
  `Subject: =?UTF-8?B?${Buffer.from('Công văn 1875/SYT-NVY', 'utf8').toString('base64')}?=`,
  'Date: Mon, 23 Aug 2021 16:02:11 +0700',
  'MIME-Version: 1.0',
  'Content-Type: multipart/mixed; boundary="outer-7f3a"',
  '',
  'This is a multi-part message in MIME format.',
  '--outer-7f3a',
  'Content-Type: multipart/alternative; boundary="inner-19c2"',
  '',
  '--inner-19c2',
  'Content-Type: text/plain; charset="UTF-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  qp(NOTE),
  '--inner-19c2',
  'Content-Type: text/html; charset="UTF-8"',
  'Content-Transfer-Encoding: base64',
  '',
  base64(`<div>${NOTE}</div>`),
  '--inner-19c2--',
  '--outer-7f3a',
  'Content-Type: text/plain; charset="UTF-8"; name="1875-SYT.txt"',
  'Content-Disposition: attachment; filename="1875-SYT.txt"',
  'Content-Transfer-Encoding: base64',
  '',
  base64(LETTER),
  '--outer-7f3a--',
  '',
].join('\n');

describe("a mail's source", () => {
  it('is its fullest text part decoded: the attached letter, not the covering note, the HTML or the headers', () => {
    expect(unwrapMailSource(MAIL)).toBe(LETTER);
  });

  it('decodes quoted-printable in the charset the part declares, Vietnamese Windows-1258 with its combining marks', () => {
    const mail = [
      'From: vanthu@example.vn',
      'Subject: Thong bao',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=windows-1258',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      // "Hà Nội": a + combining grave (CC), ô (F4) + combining dot below (F2); "tháng": combining acute (EC).
      'Ha=CC N=F4=F2i, nga=CCy 05 tha=ECng 8 n=E3m 2021',
    ].join('\n');
    expect(unwrapMailSource(mail)).toBe('Hà Nội, ngày 05 tháng 8 năm 2021');
  });

  it('gives the attached letter its number, issuer and figures', () => {
    const { metadata, facts } = analyse(Buffer.from(MAIL, 'utf8'));
    expect([metadata.number.value, metadata.issuedOn.value, metadata.issuer.value?.name]).toEqual(['1875/SYT-NVY', '2021-08-23', 'Sở Y tế tỉnh Sóc Trăng']);
    expect(facts.targets.map((t) => `${t.metric} ${t.value} ${t.unit}`)).toEqual(['TESTING_COVERAGE 100 PERCENT', 'TEST_INTERVAL_DAYS 3 DAYS', 'TEST_TURNAROUND_HOURS 24 HOURS']);
  });

  it('leaves a letter whose lines open with labels as it is', () => {
    const text = 'Số: 12/TB-UBND\nKính gửi: các xã\nV/v: phòng dịch\n\n1. Các xã thực hiện.';
    expect(unwrapMailSource(text)).toBe(text);
    const headersOnly = 'Subject: Thông báo\nFrom: văn thư\n\nSố: 12/TB-UBND';
    expect(unwrapMailSource(headersOnly)).toBe(headersOnly);
  });
});
