// Gold values for the five seed renditions (after clean()), asserted exactly.
import fs from 'node:fs';
import path from 'node:path';
import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { extractMetadata } from './index';
import { read } from '../reading';
import type { CleanedText } from '../document';
import type { DirectiveMetadata } from '../../domain/directive';

const CORPUS = path.join(__dirname, '../../../seeds/corpus');
function load(prefix: string): { cleaned: CleanedText; meta: DirectiveMetadata } {
  const file = fs.readdirSync(CORPUS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const cleaned = clean(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
  return { cleaned, meta: extractMetadata(read(cleaned, segmentClauses(cleaned.text))) };
}

/** Every known value with a span must be quoted from that span. */
function spanText(cleaned: CleanedText, k: { start?: number; end?: number }): string {
  return cleaned.text.slice(k.start, k.end);
}

describe('000: OCR of notice 370-TB/TU', () => {
  const { cleaned, meta } = load('000');
  it('has no number, and says why', () => {
    expect(meta.number).toEqual({ value: null, reason: 'the text gives no document number: the scan starts at the title' });
  });
  it('is a THONG_BAO of Tỉnh ủy Quảng Ninh, province inferred', () => {
    expect(meta.kind.value).toBe('THONG_BAO');
    expect(spanText(cleaned, meta.kind)).toBe('THÔNG BÁO');
    expect(meta.province.value).toEqual({
      code: 'VN-13',
      inferred: true,
      evidence: 'not stated; the text mentions "Quảng Ninh" (2×), "Bạch Đằng" (a place in Quảng Ninh)',
    });
    expect(meta.issuer.value).toEqual({ name: 'Tỉnh ủy Quảng Ninh', kind: 'PARTY_COMMITTEE', level: 'PROVINCE', district: null });
    // The title says whose guidance the notice gives: "Ý KIỀN CHỈ ĐẠO CỦA THƯỜNG TRựC TỈNH ỦY" (OCR-damaged).
    expect(spanText(cleaned, meta.issuer)).toBe('THƯỜNG TRựC TỈNH ỦY');
  });
  it('has the meeting date but no issue date', () => {
    expect(meta.issuedOn).toEqual({
      value: null,
      reason: 'the scan has no date line; the meeting it reports was held on 2021-09-27',
    });
    expect(meta.meetingOn.value).toBe('2021-09-27');
    expect(spanText(cleaned, meta.meetingOn)).toBe('hội nghị ngày 27/9/2021');
  });
  it('reads the OCR-damaged signature block: one family name explains "gô", one title "HANH iVAN PHONG"', () => {
    expect(meta.signer.value).toEqual({
      name: 'Ngô Quang Hưng',
      printedName: 'gô Quang Hưng',
      title: 'CHÁNH VĂN PHÒNG',
      onBehalfOf: 'T/L BAN THƯƠNG vụ',
    });
  });
  it('has the subject under the title and the distribution list without archive or signature words', () => {
    expect(meta.subject.value).toBe(
      'triển khai đồng bộ, quyết liệt các biện pháp phòng, chống dịch COVID-19 trong tình hình mới tại hội nghị ngày 27/9/2021',
    );
    expect(meta.recipients).toEqual([
      'VPTW Đảng, VP Chính phủ',
      'TT BCĐ Quoc gia PCD COVID-19, Bộ Yte',
      'Thường trực Tỉnh ủy',
      'Đảng đoàn HĐND tỉnh, BCS đảng UBND tỉnh',
      'Thành viên BCĐ cấp tỉnh PCD COVID-19',
      'Các huyện, thị, thành ủy và đảng ủy trực thuộc tỉnh',
      'MTTQ và các tổ chức CT-XH, các sở, ban, ngành',
      'Tập đoàn TKV, Tổng Công ty Đông Bắc',
    ]);
  });
});

describe('001: portal article of notice 370-TB/TU', () => {
  const { cleaned, meta } = load('001');
  it('reads number, kind, province and issuer from the lead', () => {
    expect(meta.number.value).toBe('370-TB/TU');
    expect(spanText(cleaned, meta.number)).toBe('370-TB/TU');
    expect(meta.kind.value).toBe('THONG_BAO');
    expect(meta.province.value).toEqual({
      code: 'VN-13',
      inferred: false,
      evidence: 'the article says "Tỉnh ủy Quảng Ninh ban hành"',
    });
    expect(meta.issuer.value).toEqual({ name: 'Tỉnh ủy Quảng Ninh', kind: 'PARTY_COMMITTEE', level: 'PROVINCE', district: null });
  });
  it('dates the issue from the lead with the year of the article dateline', () => {
    expect(meta.issuedOn.value).toBe('2021-09-28');
    expect(spanText(cleaned, meta.issuedOn)).toBe('Ngày 28/9');
    expect(meta.meetingOn.value).toBe('2021-09-27');
  });
  it('has no signer, the headline as subject and no recipients', () => {
    expect(meta.signer).toEqual({ value: null, reason: 'portal article: no signature block' });
    expect(meta.subject.value).toBe(
      'Triển khai đồng bộ, quyết liệt các biện pháp phòng, chống dịch COVID-19 trong tình hình mới',
    );
    expect(meta.recipients).toEqual([]);
  });
});

describe('002: steering committee notice 11-TB/BCĐ (markdown)', () => {
  const { meta } = load('002');
  it('has its own number, not the Giấy mời or Thông báo it cites', () => {
    expect(meta.number.value).toBe('11-TB/BCĐ');
    expect(meta.kind.value).toBe('THONG_BAO');
  });
  it('is issued by the provincial steering committee, province inferred', () => {
    expect(meta.province.value).toEqual({
      code: 'VN-13',
      inferred: true,
      evidence: 'not stated; the text mentions "Quảng Ninh" (3×)',
    });
    expect(meta.issuer.value).toEqual({
      name: 'Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Quảng Ninh',
      kind: 'STEERING_COMMITTEE',
      level: 'PROVINCE',
      district: null,
    });
  });
  it('has the meeting date, not the dates of cited documents, and no issue date', () => {
    expect(meta.issuedOn).toEqual({ value: null, reason: 'no date line; the meeting it reports was held on 2021-09-22' });
    expect(meta.meetingOn.value).toBe('2021-09-22');
  });
  it('reads the signer with the title split over lines and the authority line', () => {
    expect(meta.signer.value).toEqual({
      name: 'Nguyễn Chí Thành',
      title: 'CHÁNH VĂN PHÒNG kiêm ỦY VIÊN',
      onBehalfOf: 'T/L TRƯỞNG BAN CHỈ ĐẠO',
    });
  });
  it('reads the subject under the title and the distribution list', () => {
    expect(meta.subject.value).toBe(
      'sơ kết chiến dịch cao điểm tiêm chủng diện rộng phòng Covid-19 mũi 1; chuẩn bị phương án, kế hoạch tiêm nhắc lại (mũi 2) trên địa bàn toàn tỉnh',
    );
    expect(meta.recipients).toEqual([
      'Thường trực Tỉnh ủy',
      'Đảng đoàn HĐND tỉnh, BCS đảng UBND tỉnh',
      'Các ban xây dựng đảng Tỉnh ủy',
      'Thành viên BCD cấp tỉnh PCD COVID-19; các tiểu ban giúp việc BCD',
      'Các huyện, thị, thành ủy và đảng ủy trực thuộc tỉnh',
      'MTTQ và các tổ chức chính trị - xã hội, các sở, ban, ngành',
    ]);
  });
});

describe('003: standing committee letter (OCR, no number or date)', () => {
  const { meta } = load('003');
  it('has no number and says the only number belongs to the cited Công điện', () => {
    expect(meta.number).toEqual({
      value: null,
      reason:
        'the text gives no document number: the scan starts at the subject line (V/v); the numbers it contains (1699/CĐ-TTg) belong to documents it cites',
    });
  });
  it('is a CONG_VAN of the Ban Thường vụ, province inferred from Vân Đồn and Quảng Ninh', () => {
    expect(meta.kind.value).toBe('CONG_VAN');
    expect(meta.province.value).toEqual({
      code: 'VN-13',
      inferred: true,
      evidence: 'not stated; the text mentions "Vân Đồn" (a place in Quảng Ninh), "Quảng Ninh"',
    });
    expect(meta.issuer.value).toEqual({ name: 'Ban Thường vụ Tỉnh ủy Quảng Ninh', kind: 'PARTY_STANDING_COMMITTEE', level: 'PROVINCE', district: null });
  });
  it('places the undated letter after the Công điện it cites', () => {
    expect(meta.issuedOn).toEqual({
      value: null,
      reason: 'the scan has no date line; it cites Công điện số 1699/CĐ-TTg of 2020-12-02, so it was issued on or after 2020-12-02',
    });
    expect(meta.meetingOn).toEqual({ value: null, reason: 'the text reports no meeting (hội nghị, phiên họp) with a date' });
  });
  it('reads the OCR-damaged signature block and the lists', () => {
    expect(meta.signer.value).toEqual({ name: 'Hoàng Ngân', title: 'BÍ THƯ', onBehalfOf: 'T/M BAN THƯỜNG vụ' });
    expect(meta.subject.value).toBe('tăng cường công tác phòng chông dịch COVID-19 trên địa bàn tỉnh');
    // OCR's "ƯBND" is read back: no syllable is spelled with those marks.
    expect(meta.recipients).toEqual([
      'Ban cán sự đảng UBND tỉnh',
      'Các huyện, thị, thành ủy và đảng ủy trực thuộc tỉnh',
      'MTTQ và các tổ chức chính trị - xã hội tỉnh',
      'Các sở, ban, ngành',
      'Thường trực Tỉnh ủy',
      'Đảng đoàn HĐND tỉnh',
      'Tập đoàn TKY, Tổng Công ty Đông Bãc',
    ]);
  });
});

describe('004: Thanh Hóa letter 402-CV/TU (markdown)', () => {
  const { cleaned, meta } = load('004');
  it('reads the letterhead', () => {
    expect(meta.number.value).toBe('402-CV/TU');
    expect(spanText(cleaned, meta.number)).toBe('402 - CV/TU');
    expect(meta.kind.value).toBe('CONG_VAN');
    expect(meta.province.value).toEqual({ code: 'VN-21', inferred: false, evidence: 'letterhead "TỈNH ỦY THANH HÓA"' });
    expect(meta.issuer.value).toEqual({ name: 'Tỉnh ủy Thanh Hóa', kind: 'PARTY_COMMITTEE', level: 'PROVINCE', district: null });
  });
  it('reads the dateline and the meeting', () => {
    expect(meta.issuedOn.value).toBe('2021-09-30');
    expect(spanText(cleaned, meta.issuedOn)).toBe('Thanh Hóa, ngày 30 tháng 9 năm 2021');
    expect(meta.meetingOn.value).toBe('2021-09-29');
  });
  it('reads signer, subject and recipients', () => {
    expect(meta.signer.value).toEqual({
      name: 'Lại Thế Nguyên',
      title: 'PHÓ Bí THƯ THƯỜNG TRỰC',
      onBehalfOf: 'T/M BAN THƯỜNG VỤ',
    });
    expect(meta.subject.value).toBe('tiếp tục triển khai các biện pháp phòng, chống dịch COVID-19 trong tình hình mới');
    expect(meta.recipients).toEqual([
      'Ban Cán sự đảng Ủy ban nhân dân tỉnh',
      'Các ban, sở, ngành, MTTQ và các đoàn thể cấp tỉnh',
      'Các huyện, thị, thành ủy, Đảng ủy trực thuộc',
      'Các đồng chí Tỉnh ủy viên',
      'Các đồng chí Thường vụ Tỉnh ủy',
      'Các TV BCĐ phòng, chống dịch Covid-19 tỉnh',
      'Hiệp hội Doanh nghiệp tỉnh',
    ]);
  });
});

describe('every seed', () => {
  it('quotes every known value with a span from that span', () => {
    for (const s of ['000', '001', '002', '003', '004']) {
      const { cleaned, meta } = load(s);
      for (const k of [meta.number, meta.signer, meta.subject]) {
        if (k.value === null || k.start === undefined) continue;
        const value = typeof k.value === 'string' ? k.value : 'printedName' in k.value && k.value.printedName ? k.value.printedName : k.value.name;
        expect(value.replace(/\s*([-/])\s*/g, '$1')).toBe(spanText(cleaned, k).replace(/\s*([-/])\s*/g, '$1'));
      }
      for (const k of Object.values(meta)) {
        if (!Array.isArray(k)) expect(k.value === null ? typeof k.reason : k.reason).toBe(k.value === null ? 'string' : null);
      }
    }
  });
});
