import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { read } from '../reading';
import { extractSigner, normaliseAuthority } from './signer';

function signerOf(text: string) {
  const cleaned = clean(text);
  return extractSigner(read(cleaned, segmentClauses(cleaned.text)));
}

const BODY = 'THÔNG BÁO\n\n1. Tăng cường xét nghiệm COVID-19.\n2. Đẩy nhanh tiêm chủng.';

describe('extractSigner', () => {
  it('reads a signature printed before the distribution list', () => {
    const text = `${BODY}\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTrần Đức Thắng\n\nNơi nhận:\n- Như trên;\n- Lưu VT.`;
    expect(signerOf(text).value).toEqual({ name: 'Trần Đức Thắng', title: 'BÍ THƯ', onBehalfOf: 'T/M BAN THƯỜNG VỤ' });
  });

  it('reads a signature without an authority line', () => {
    const text = `${BODY}\n\nNơi nhận:\n- Lưu VT.\n\nCHỦ TỊCH\n\nNguyễn Văn Thọ`;
    expect(signerOf(text).value).toEqual({ name: 'Nguyễn Văn Thọ', title: 'CHỦ TỊCH', onBehalfOf: null });
  });

  it('reports a block whose name line is missing', () => {
    expect(signerOf(`${BODY}\n\nNơi nhận:\n- Lưu VT.\n\nT/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG`)).toEqual({
      value: null,
      reason: 'the signature block ends with "CHÁNH VĂN PHÒNG" and has no name under it',
    });
  });

  it('takes no title for a name, though "Phó" is a family name: not "PHÓ CHỦ TỊCH", nor "PHO CHU TICH" without marks', () => {
    for (const title of ['PHÓ CHỦ TỊCH', 'PHO CHU TICH']) {
      expect(signerOf(`${BODY}\n\nNơi nhận:\n- Lưu VT.\n\nKT. CHỦ TỊCH\n${title}`)).toEqual({
        value: null,
        reason: `the signature block ends with "${title}" and has no name under it`,
      });
    }
    expect(signerOf(`${BODY}\n\nNơi nhận:\n- Lưu VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nPhó Đức Thành`).value?.name).toBe('Phó Đức Thành');
  });

  it('gives the formulas in turn as the authority and the title under them, a portal copy\'s "(Đã ký)" aside', () => {
    const text = `${BODY}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nĐào Thị Mến`;
    expect(signerOf(text).value).toEqual({ name: 'Đào Thị Mến', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'T/M ỦY BAN NHÂN DÂN, K/T CHỦ TỊCH' });
  });

  it('reads a formula and a title typed on one line, and an e-signature\'s stamp as neither title nor name', () => {
    const oneLine = `${BODY}\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN CHỦ TỊCH\nĐào Thị Mến`;
    expect(signerOf(oneLine).value).toEqual({ name: 'Đào Thị Mến', title: 'CHỦ TỊCH', onBehalfOf: 'T/M ỦY BAN NHÂN DÂN' });
    const both = `${BODY}\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\nKý bởi: Đào Thị Mến\nThời gian ký: 12.08.2021 09:15:02 +07:00\nĐào Thị Mến`;
    expect(signerOf(both).value).toEqual({ name: 'Đào Thị Mến', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'T/M ỦY BAN NHÂN DÂN, K/T CHỦ TỊCH' });
  });

  it('keeps a formula whose body is a title when the title has a line of its own ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH")', () => {
    const text = `${BODY}\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐào Thị Mến`;
    expect(signerOf(text).value).toEqual({ name: 'Đào Thị Mến', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'K/T CHỦ TỊCH' });
  });

  it('reads an officer\'s name after the rank under a formula and a title that reads like a name ("PHÓ GIÁM ĐỐC")', () => {
    const text = `${BODY}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nĐại tá Trần Minh Khôi`;
    expect(signerOf(text).value).toEqual({ name: 'Trần Minh Khôi', title: 'PHÓ GIÁM ĐỐC', onBehalfOf: 'K/T GIÁM ĐỐC', printedName: 'Đại tá Trần Minh Khôi' });
  });

  it('reads an acting head\'s "Q." as the title\'s, and "TUQ." as the authority a clean text leaves as printed', () => {
    const acting = `${BODY}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nQ. GIÁM ĐỐC\nLê Thị Hoa`;
    expect(signerOf(acting).value).toEqual({ name: 'Lê Thị Hoa', title: 'Q. GIÁM ĐỐC', onBehalfOf: null });
    const delegated = `${BODY}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTUQ. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG\nLê Thị Hoa`;
    expect(signerOf(delegated).value).toEqual({ name: 'Lê Thị Hoa', title: 'CHÁNH VĂN PHÒNG', onBehalfOf: 'TUQ. GIÁM ĐỐC' });
  });

  it('reads a signature typed beside the distribution list, the columns apart by spaces', () => {
    const text = [
      BODY,
      '',
      'Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN',
      '- Sở Y tế (b/c);                               KT. CHỦ TỊCH',
      '- TT Huyện ủy, TT HĐND huyện;                  PHÓ CHỦ TỊCH',
      '- Lưu: VT.',
      '                                             Đào Thị Mến',
    ].join('\n');
    expect(signerOf(text).value).toEqual({ name: 'Đào Thị Mến', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'T/M ỦY BAN NHÂN DÂN, K/T CHỦ TỊCH' });
  });

  it('reads a whole block typed on one line, with separators or without', () => {
    for (const line of ['KT. CHỦ TỊCH — PHÓ CHỦ TỊCH — Đào Thị Mến', 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Đào Thị Mến', 'KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đào Thị Mến']) {
      expect([line, signerOf(`${BODY}\n\nNơi nhận:\n- Lưu: VT.\n\n${line}`).value]).toEqual([line, { name: 'Đào Thị Mến', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'K/T CHỦ TỊCH' }]);
    }
  });

  it('reads a law library\'s cell whose lines its backslashes part, above the page\'s own lines', () => {
    const text = `${BODY}\n\nNơi nhận:\\- Như trên;\\- Lưu: VT.\nKT. CHỦ TỊCH\\PHÓ CHỦ TỊCH\\\\\\Đào Thị Mến\n\nVăn bản liên quan (3) · Lượt xem: 1.208`;
    expect(signerOf(text).value).toEqual({ name: 'Đào Thị Mến', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'K/T CHỦ TỊCH' });
  });

  it('ends the block at the name when a portal\'s lines follow it, and joins a name the column wrapped', () => {
    const portal = `${BODY}\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐào Thị Mến\nTải văn bản (PDF, 284 KB)\nLượt xem: 1.284`;
    expect(signerOf(portal).value).toEqual({ name: 'Đào Thị Mến', title: 'PHÓ CHỦ TỊCH', onBehalfOf: 'K/T CHỦ TỊCH' });
    const wrapped = `${BODY}\n\nNơi nhận:\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nĐào Thị\nMến`;
    expect(signerOf(wrapped).value?.name).toBe('Đào Thị Mến');
  });

  it('reads who signed from a news lead when the article prints no signature block', () => {
    const lead = 'Chiều 13/9, Phó Chủ tịch UBND tỉnh Đào Thị Mến đã ký Công văn số 3125/UBND-KGVX về tăng cường phòng, chống dịch.\n\nTheo đó, các doanh nghiệp phải xét nghiệm định kỳ.';
    expect(signerOf(lead).value).toEqual({ name: 'Đào Thị Mến', title: 'Phó Chủ tịch UBND tỉnh', onBehalfOf: null });
    expect(signerOf('Chiều 13/9, Chủ tịch UBND tỉnh đã ký Công văn số 3125/UBND-KGVX.\n\nTheo đó, các doanh nghiệp phải xét nghiệm định kỳ.').value).toBeNull();
  });

  it('leaves the province named after the title out of the name ("UBND tỉnh Điện Biên Lò Văn Tiến")', () => {
    const lead = 'Ngày 24/9/2021, Phó Chủ tịch UBND tỉnh Điện Biên Lò Văn Tiến ký Công văn số 2091/UBND-VX về phòng, chống dịch COVID-19.\n\nTheo đó, các sở phải xét nghiệm định kỳ.';
    expect(signerOf(lead).value).toEqual({ name: 'Lò Văn Tiến', title: 'Phó Chủ tịch UBND tỉnh Điện Biên', onBehalfOf: null });
    expect(signerOf(lead.replace('Điện Biên Lò Văn Tiến', 'Sơn La Nguyễn Văn Sơn')).value?.name).toBe('Nguyễn Văn Sơn');
  });

  it('reads an officer\'s name without the rank printed before it, which stays in the printed name', () => {
    const text = `${BODY}\n\nNơi nhận:\n- Lưu: VT.\n\nTRƯỞNG CÔNG AN HUYỆN\nThượng tá Đào Văn Mến`;
    expect(signerOf(text).value).toEqual({ name: 'Đào Văn Mến', title: 'TRƯỞNG CÔNG AN HUYỆN', onBehalfOf: null, printedName: 'Thượng tá Đào Văn Mến' });
  });

  it('reads a steering committee head\'s post printed under the name as part of the title, not as the name', () => {
    const head = `${BODY}\n\nNơi nhận:\n- Lưu VT.\n\nTRƯỞNG BAN\n\nLê Minh Hải\nCHỦ TỊCH UBND TỈNH`;
    expect(signerOf(head).value).toEqual({ name: 'Lê Minh Hải', title: 'TRƯỞNG BAN CHỦ TỊCH UBND TỈNH', onBehalfOf: null });
    const deputy = `${BODY}\n\nNơi nhận:\n- Lưu VT.\n\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nChu Văn Tài\nGIÁM ĐỐC SỞ Y TẾ`;
    expect(signerOf(deputy).value).toEqual({ name: 'Chu Văn Tài', title: 'PHÓ TRƯỞNG BAN GIÁM ĐỐC SỞ Y TẾ', onBehalfOf: 'K/T TRƯỞNG BAN' });
  });

  it('reports a text with no signature block at all', () => {
    expect(signerOf(BODY)).toEqual({ value: null, reason: 'no signature block after the body' });
  });
});

describe('normaliseAuthority', () => {
  it('writes the formula canonically and keeps the body as printed', () => {
    expect(normaliseAuthority('T Í M  BAN THƯỜNG vụ')).toBe('T/M BAN THƯỜNG vụ');
    expect(normaliseAuthority('TM. ỦY BAN NHÂN DÂN')).toBe('T/M ỦY BAN NHÂN DÂN');
    expect(normaliseAuthority('KT. CHỦ TỊCH')).toBe('K/T CHỦ TỊCH');
    expect(normaliseAuthority('T/L TRƯỞNG BAN CHỈ ĐẠO')).toBe('T/L TRƯỞNG BAN CHỈ ĐẠO');
  });
});
