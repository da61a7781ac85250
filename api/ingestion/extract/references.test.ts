import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import type { Reference } from '../../domain/facts';
import { loadSeed } from '../../evaluation/gold';
import { extractFacts } from './index';

const fields = (r: Reference) => ({ number: r.number, kind: r.kind, issuer: r.issuer, issuedOn: r.issuedOn });

function seedReferences(name: string, ownNumber: string | null, year: number) {
  const seed = loadSeed(name);
  return extractFacts(seed.cleaned, seed.clauses, { ownNumber, year }).references;
}

function textReferences(raw: string, ownNumber: string | null = null) {
  const cleaned = clean(raw);
  return extractFacts(cleaned, segmentClauses(cleaned.text), { ownNumber, year: 2021 }).references;
}

describe('references of the seed directives', () => {
  it('reads the Prime Minister\'s dispatch cited by the 2020 letter', () => {
    const refs = seedReferences('003_f66ca6d4ce58e4a8', null, 2020);
    expect(refs.map(fields)).toEqual([{ number: '1699/CĐ-TTg', kind: 'CONG_DIEN', issuer: 'Thủ tướng Chính phủ', issuedOn: '2020-12-02' }]);
    expect(refs[0].citation.quote).toBe('Công điện số 1699/CĐ-TTg, ngày 02/12/2020 của Thủ tướng Chính phủ');
  });

  it('reads two notices cited together, an invitation and a dispatch whose issuer precedes it', () => {
    expect(seedReferences('002_d1e89d2762b589d6', '11-TB/BCĐ', 2021).map(fields)).toEqual([
      { number: '291-GM/TU', kind: 'GIAY_MOI', issuer: 'Tỉnh ủy', issuedOn: '2021-09-21' },
      { number: '362-TB/TU', kind: 'THONG_BAO', issuer: 'Thường trực Tỉnh ủy', issuedOn: '2021-09-21' },
      { number: '10-TB/BCĐ', kind: 'THONG_BAO', issuer: 'Ban Chỉ đạo cấp tỉnh', issuedOn: '2021-09-17' },
      { number: '6741/CĐ-VPCP', kind: 'CONG_DIEN', issuer: 'Thủ tướng Chính phủ', issuedOn: '2021-09-22' },
    ]);
  });

  it("never reports the directive's own number", () => {
    expect(seedReferences('001_c0365480307932db', '370-TB/TU', 2021)).toEqual([]);
    expect(seedReferences('004_218e12ecb44d83c2', '402-CV/TU', 2021)).toEqual([]);
    // Without metadata, "Số 11 - TB/BCĐ" heading the text is still recognised as the own number.
    expect(seedReferences('002_d1e89d2762b589d6', null, 2021).map((r) => r.number)).not.toContain('11-TB/BCĐ');
  });
});

describe('references in texts from other provinces', () => {
  it("skips a library's or portal's list of related documents, not a document the text cites", () => {
    const text = [
      'Văn bản liên quan:',
      '  * Chỉ thị 19/CT-TTg năm 2020 tiếp tục thực hiện biện pháp phòng, chống dịch',
      '  * Quyết định 447/QĐ-TTg năm 2020 công bố dịch COVID-19',
      '',
      '1. Thực hiện Chỉ thị số 19/CT-TTg của Thủ tướng Chính phủ; các văn bản khác theo Công văn số 215/UBND-VX.',
      '',
      'Lượt xem: 1.284 | Văn bản cùng lĩnh vực: 184/UBND-VX, 171/SYT-NVY',
    ].join('\n');
    expect(textReferences(text).map((r) => r.number)).toEqual(['19/CT-TTg', '215/UBND-VX']);
    // A count after the label: "Văn bản liên quan (2):".
    const counted = ['1. Thực hiện Nghị quyết số 128/NQ-CP của Chính phủ.', '', 'Văn bản liên quan (2):', '- Nghị quyết 128/NQ-CP năm 2021', '- Công văn 306/UBND-VXNV năm 2022 tỉnh Bắc Kạn'].join('\n');
    expect(textReferences(counted).map((r) => r.number)).toEqual(['128/NQ-CP']);
  });

  it('reads kind, issuer and date of an official letter', () => {
    expect(textReferences('Thực hiện Công văn số 1234/UBND-VX ngày 5/8/2021 của UBND tỉnh, Sở Y tế yêu cầu:').map(fields)).toEqual([
      { number: '1234/UBND-VX', kind: 'CONG_VAN', issuer: 'UBND tỉnh', issuedOn: '2021-08-05' },
    ]);
  });

  it('reads an issuer named by its head\'s title whole, "và" in the body\'s name and no words after it', () => {
    expect(textReferences('Thực hiện Công điện số 05/CĐ-SGDĐT ngày 10/10/2021 của Giám đốc Sở Giáo dục và Đào tạo về tăng cường phòng, chống dịch.').map(fields)).toEqual([
      { number: '05/CĐ-SGDĐT', kind: 'CONG_DIEN', issuer: 'Giám đốc Sở Giáo dục và Đào tạo', issuedOn: '2021-10-10' },
    ]);
    expect(textReferences('Căn cứ Quyết định số 2787/QĐ-BGDĐT ngày 29/9/2021 của Bộ trưởng Bộ Giáo dục và Đào tạo ban hành hướng dẫn.').map(fields)).toEqual([
      { number: '2787/QĐ-BGDĐT', kind: 'QUYET_DINH', issuer: 'Bộ trưởng Bộ Giáo dục và Đào tạo', issuedOn: '2021-09-29' },
    ]);
  });

  it('reads the commander who proposes a decision as the issuer of his submission', () => {
    expect(textReferences('Xét đề nghị của Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh tại Tờ trình số 45/TTr-BCH ngày 02/8/2021.').map(fields)).toEqual([
      { number: '45/TTr-BCH', kind: 'TO_TRINH', issuer: 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh', issuedOn: '2021-08-02' },
    ]);
    // A submission of two departments together ("liên Sở").
    expect(textReferences('Xét đề nghị tại Tờ trình liên Sở số 125/TTr-STC-SYT ngày 05/8/2021.').map(fields)).toEqual([
      { number: '125/TTr-STC-SYT', kind: 'TO_TRINH', issuer: null, issuedOn: '2021-08-05' },
    ]);
  });

  it('reads kinds from the symbol, long dates and references without "số"', () => {
    const refs = textReferences('Căn cứ Quyết định 3468/QĐ-BYT của Bộ Y tế; Kế hoạch số 120/KH-UBND ngày 30 tháng 9 năm 2021; và số 05-CT/TU.');
    expect(refs.map(fields)).toEqual([
      { number: '3468/QĐ-BYT', kind: 'QUYET_DINH', issuer: 'Bộ Y tế', issuedOn: null },
      { number: '120/KH-UBND', kind: 'KE_HOACH', issuer: null, issuedOn: '2021-09-30' },
      { number: '05-CT/TU', kind: 'CHI_THI', issuer: null, issuedOn: null },
    ]);
  });

  it('completes a national document cited by kind and serial alone from the catalogue, not one of another issuer', () => {
    expect(textReferences('1. Không áp dụng lại giãn cách như Chỉ thị 16 trên diện rộng; đánh giá cấp độ theo Nghị quyết số 128.').map(fields)).toEqual([
      { number: '16/CT-TTg', kind: 'CHI_THI', issuer: null, issuedOn: null },
      { number: '128/NQ-CP', kind: 'NGHI_QUYET', issuer: null, issuedOn: null },
    ]);
    expect(textReferences('1. Thực hiện Chỉ thị số 16 của Tỉnh ủy về công tác cán bộ; Chỉ thị 99 về phòng dịch.')).toEqual([]);
  });

  it('completes such a serial before a comma or the full stop of its item, but not one before a symbol or in a list of serials', () => {
    expect(textReferences('1. Các huyện còn lại áp dụng Chỉ thị 15.\n2. Trong thời gian thực hiện Chỉ thị 16, người dân hạn chế ra khỏi nhà.').map(fields)).toEqual([
      { number: '15/CT-TTg', kind: 'CHI_THI', issuer: null, issuedOn: null },
      { number: '16/CT-TTg', kind: 'CHI_THI', issuer: null, issuedOn: null },
    ]);
    // Its issuer as the text names it after "của".
    expect(textReferences('1. Tiếp tục thực hiện nghiêm Chỉ thị 16 của Thủ tướng Chính phủ đến hết ngày 22/4/2020.').map(fields)).toEqual([
      { number: '16/CT-TTg', kind: 'CHI_THI', issuer: 'Thủ tướng Chính phủ', issuedOn: null },
    ]);
    // Its date, when it is the document's; another date is another document of that serial.
    expect(textReferences('1. Thực hiện Chỉ thị số 16 ngày 31/3/2020 của Thủ tướng Chính phủ; Chỉ thị số 16 ngày 05/8/2021 của Thủ tướng Chính phủ.').map(fields)).toEqual([
      { number: '16/CT-TTg', kind: 'CHI_THI', issuer: 'Thủ tướng Chính phủ', issuedOn: '2020-03-31' },
    ]);
    expect(textReferences('1. Thực hiện Chỉ thị 15, 16 của cấp trên; Chỉ thị 16-CT/HU.').map(fields)).toEqual([
      { number: '16-CT/HU', kind: 'CHI_THI', issuer: null, issuedOn: null },
    ]);
  });

  it('does not take dates, fractions or the header number for references', () => {
    expect(textReferences('UBND TỈNH LÀO CAI\nSố: 88/KH-UBND\n\nNgày 27/9/2021, tại 13/13 địa phương.')).toEqual([]);
    expect(textReferences('Thông báo số 88/TB-UBND ngày 2/9/2021.', '88/TB-UBND')).toEqual([]);
  });

  it('does not take the number of a form, a checkpoint, a team or a certificate for a document', () => {
    const text = '1. Người đi đường có Giấy đi đường theo Mẫu số 02/GĐĐ-CA; chốt kiểm dịch số 4/QL37 trực 24/24 giờ; Tổ COVID cộng đồng số 3/KP5 theo dõi; cấp Giấy xác nhận số 12/GXN-UBND; thực hiện Công văn số 15/UBND-VX.';
    expect(textReferences(text).map((r) => r.number)).toEqual(['15/UBND-VX']);
  });
});

describe('a kind word any document is called by', () => {
  it('reads "văn bản số 3702/QĐ-BYT" as a decision, by its number\'s code', () => {
    expect(textReferences('Thực hiện văn bản số 3702/QĐ-BYT và văn bản số 12/UBND-VX.').map((r) => [r.number, r.kind])).toEqual([
      ['3702/QĐ-BYT', 'QUYET_DINH'],
      ['12/UBND-VX', 'CONG_VAN'],
    ]);
  });
});

describe('a kind written as its symbol', () => {
  it('reads "CV số ..." as an official letter and "QĐ số ..." as a decision when the number\'s own symbols name no kind', () => {
    expect(textReferences('Thực hiện CV số 123/SYT-NV ngày 02/8/2021 và QĐ số 45/SYT ngày 03/8/2021 của Sở Y tế.').map((r) => [r.number, r.kind])).toEqual([
      ['123/SYT-NV', 'CONG_VAN'],
      ['45/SYT', 'QUYET_DINH'],
    ]);
  });
});

describe('an issuer named before its document, with the title of its head', () => {
  it('reads "đề nghị của Giám đốc Sở Y tế tại Tờ trình số ..." as issued by the head, title and agency as written', () => {
    const refs = textReferences('Xét đề nghị của Giám đốc Sở Y tế tại Tờ trình số 3012/TTr-SYT ngày 18/9/2021; ý kiến của Phó Chủ tịch Thường trực UBND tỉnh tại Thông báo số 77/TB-UBND ngày 03/9/2021.');
    expect(refs.map(fields)).toEqual([
      { number: '3012/TTr-SYT', kind: 'TO_TRINH', issuer: 'Giám đốc Sở Y tế', issuedOn: '2021-09-18' },
      { number: '77/TB-UBND', kind: 'THONG_BAO', issuer: 'Phó Chủ tịch Thường trực UBND tỉnh', issuedOn: '2021-09-03' },
    ]);
  });

  it('takes no words before the agency that are no title', () => {
    expect(textReferences('Thực hiện ý kiến chỉ đạo của đồng chí Sở Y tế tại Công văn số 214/SYT-NVY ngày 16/9/2021.').map((r) => r.issuer)).toEqual([null]);
  });
});

describe('one issuer after a list of documents', () => {
  const issuers = (text: string) => textReferences(text).map(fields).map((r) => [r.number, r.issuer]);

  it('gives the "của" phrase after "Chỉ thị số ..., Chỉ thị số ..." to each document of the list, and not across kinds', () => {
    expect(issuers('1. Thực hiện Chỉ thị số 15/CT-TTg, Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ và Công văn số 812/UBND-VX của UBND tỉnh.')).toEqual([
      ['15/CT-TTg', 'Thủ tướng Chính phủ'],
      ['16/CT-TTg', 'Thủ tướng Chính phủ'],
      ['812/UBND-VX', 'UBND tỉnh'],
    ]);
    expect(issuers('2. Căn cứ Công văn số 35/SYT-NV, Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ.')).toEqual([
      ['35/SYT-NV', null],
      ['16/CT-TTg', 'Thủ tướng Chính phủ'],
    ]);
  });

  it('gives it across kinds to documents whose symbols name the same issuer, not to those of another', () => {
    expect(issuers('3. Căn cứ Kế hoạch số 120/KH-UBND ngày 01/3/2021, Thông báo số 41/TB-UBND ngày 02/3/2021 của UBND tỉnh.')).toEqual([
      ['120/KH-UBND', 'UBND tỉnh'],
      ['41/TB-UBND', 'UBND tỉnh'],
    ]);
    expect(issuers('4. Thực hiện Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021 và Công văn số 5599/BYT-MT ngày 14/7/2021 của Bộ Y tế.')).toEqual([
      ['2686/QĐ-BCĐQG', null],
      ['5599/BYT-MT', 'Bộ Y tế'],
    ]);
  });
});

describe('serials that share one symbol', () => {
  it('reads "Chỉ thị số 15, 16, 19/CT-TTg" as three documents, each cited where its serial stands', () => {
    const text = '1. Tiếp tục thực hiện các Chỉ thị số 15, 16 và 19/CT-TTg của Thủ tướng Chính phủ; khoản 1, 2 Quyết định số 2686/QĐ-BCĐQG.';
    const refs = textReferences(text);
    expect(refs.map((r) => [r.number, r.kind, r.issuer])).toEqual([
      ['15/CT-TTg', 'CHI_THI', 'Thủ tướng Chính phủ'],
      ['16/CT-TTg', 'CHI_THI', 'Thủ tướng Chính phủ'],
      ['19/CT-TTg', 'CHI_THI', 'Thủ tướng Chính phủ'],
      ['2686/QĐ-BCĐQG', 'QUYET_DINH', null],
    ]);
    expect(refs[1].citation.quote).toBe('16');
  });

  it('gives the serials listed before a number the kind word that opens the list and the date after it', () => {
    const refs = textReferences('1. Bãi bỏ Công văn số 2410, 2411/UBND-KGVX ngày 15/8/2021 của UBND tỉnh.');
    expect(refs.map((r) => [r.number, r.kind, r.issuedOn])).toEqual([
      ['2410/UBND-KGVX', 'CONG_VAN', '2021-08-15'],
      ['2411/UBND-KGVX', 'CONG_VAN', '2021-08-15'],
    ]);
  });
});

describe('numbers listed after a kind word', () => {
  it('gives a number listed after another the kind its word names, and the pair the date after the last', () => {
    const refs = textReferences(
      'Thực hiện các Công văn số 1450/UBND-VX và 1451/UBND-VX ngày 20/10/2021 của UBND tỉnh; Công văn số 5599/BYT-MT ngày 14/7/2021 và số 6288/BYT-MT ngày 02/8/2021 của Bộ Y tế, UBND tỉnh yêu cầu các huyện tăng cường kiểm tra.',
    );
    expect(refs.map(fields)).toEqual([
      { number: '1450/UBND-VX', kind: 'CONG_VAN', issuer: 'UBND tỉnh', issuedOn: '2021-10-20' },
      { number: '1451/UBND-VX', kind: 'CONG_VAN', issuer: 'UBND tỉnh', issuedOn: '2021-10-20' },
      { number: '5599/BYT-MT', kind: 'CONG_VAN', issuer: 'Bộ Y tế', issuedOn: '2021-07-14' },
      { number: '6288/BYT-MT', kind: 'CONG_VAN', issuer: 'Bộ Y tế', issuedOn: '2021-08-02' },
    ]);
  });

  it('lends no kind from a word any document is called by, nor a date across a parenthesis', () => {
    const refs = textReferences('Thực hiện các văn bản số 4117/HD-SYT ngày 05/11/2021 và số 4182/SYT-NVY ngày 10/11/2021 của Sở Y tế; Quyết định số 218/QĐ-BYT (thay thế Quyết định số 4800/QĐ-BYT) và số 261/QĐ-BYT ngày 31/01/2022 của Bộ Y tế.');
    expect(refs.map((r) => [r.number, r.kind, r.issuedOn])).toEqual([
      ['4117/HD-SYT', 'HUONG_DAN', '2021-11-05'],
      ['4182/SYT-NVY', null, '2021-11-10'],
      ['218/QĐ-BYT', 'QUYET_DINH', null],
      ['4800/QĐ-BYT', 'QUYET_DINH', null],
      ['261/QĐ-BYT', 'QUYET_DINH', '2022-01-31'],
    ]);
  });
});
