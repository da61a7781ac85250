import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { read } from '../reading';
import { extractRecipients } from './recipients';

function recipientsOf(text: string): string[] {
  const cleaned = clean(text);
  return extractRecipients(read(cleaned, segmentClauses(cleaned.text)));
}

const BODY = 'Để chủ động phòng, chống dịch COVID-19 trên địa bàn, Ủy ban nhân dân tỉnh yêu cầu các cơ quan thực hiện các nội dung sau:\n\n1. Tăng cường xét nghiệm.\n2. Đẩy nhanh tiêm chủng.';

describe('extractRecipients', () => {
  it('reads an inline "Kính gửi" and a dashed distribution list, dropping pointers, archive and purpose notes', () => {
    const text = `V/v phòng dịch\n\nKính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\n\n${BODY}\n\nNơi nhận:\n- Như trên;\n- Bộ Y tế (để b/c);\n- TT Tỉnh ủy, TT HĐND tỉnh (đ/b);\n- Lưu: VT, KGVX.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Nam`;
    expect(recipientsOf(text)).toEqual([
      'Ủy ban nhân dân các huyện, thị xã, thành phố',
      'Bộ Y tế',
      'TT Tỉnh ủy, TT HĐND tỉnh',
    ]);
  });

  it('ends the addressees at their full stop: the short lines below are the body, not more addressees', () => {
    const text = `V/v việc tang\nKính gửi: UBND các huyện, thị xã, thành phố.\nLễ tang không quá 15 người.\nHỏa táng trong 24 giờ.\nNơi nhận:\n- Như trên;\n- Sở Y tế;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Văn Nam`;
    expect(recipientsOf(text)).toEqual(['UBND các huyện, thị xã, thành phố', 'Sở Y tế']);
  });

  it('parts a list kept on one line, by its dashes or by a law library\'s backslashes', () => {
    const dashed = `CÔNG VĂN\n\n${BODY}\n\nNơi nhận: - Bộ Y tế (b/c); - TT Tỉnh ủy, TT HĐND tỉnh; - Như trên; - Lưu: VT.\n\nCHỦ TỊCH\nTrần Văn Nam`;
    expect(recipientsOf(dashed)).toEqual(['Bộ Y tế', 'TT Tỉnh ủy, TT HĐND tỉnh']);
    const cell = `CÔNG VĂN\n\n${BODY}\n\nNơi nhận:\\- Bộ Y tế (b/c);\\- Sở Y tế;\\- Lưu: VT.\n\nCHỦ TỊCH\nTrần Văn Nam`;
    expect(recipientsOf(cell)).toEqual(['Bộ Y tế', 'Sở Y tế']);
  });

  it('takes the first item from the "Nơi nhận:" line itself and stops at the signature', () => {
    const text = `CÔNG VĂN\n\n${BODY}\n\nNơi nhận: Các sở, ngành;\nCác huyện ủy, thành ủy;\nLưu VP.\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Sỹ`;
    expect(recipientsOf(text)).toEqual(['Các sở, ngành', 'Các huyện ủy, thành ủy']);
  });

  it("reads a telegram's addressees under the line that wires them (\"... ĐIỆN:\"), as \"Kính gửi:\" lists them", () => {
    const text = `CÔNG ĐIỆN\nVề việc phòng, chống dịch COVID-19\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:\n- Giám đốc các Sở, Thủ trưởng các cơ quan thuộc UBND tỉnh;\n- Chủ tịch UBND các huyện, thành phố.\n\n${BODY}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nCHỦ TỊCH\nLê Văn Sỹ`;
    expect(recipientsOf(text)).toEqual(['Giám đốc các Sở, Thủ trưởng các cơ quan thuộc UBND tỉnh', 'Chủ tịch UBND các huyện, thành phố']);
    // "ĐIỆN" on a line of its own, its colon lost in a copy.
    const bare = text.replace('CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐIỆN:', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nĐIỆN');
    expect(recipientsOf(bare)).toEqual(['Giám đốc các Sở, Thủ trưởng các cơ quan thuộc UBND tỉnh', 'Chủ tịch UBND các huyện, thành phố']);
    // A telephone number's "Điện thoại:" wires nothing.
    expect(recipientsOf(`CÔNG VĂN\nĐiện thoại: 0210.3846.123\n\n${BODY}`)).toEqual([]);
  });

  it('is empty when the text has neither list', () => {
    expect(recipientsOf(`THÔNG BÁO\n\n${BODY}`)).toEqual([]);
  });
});
