import { findSharedPassages, prepareText } from '../reuse';
import { recipientRegions } from './recipient-regions';

// Two made-up letters of different provinces that say different things to the same addressees.
const ADDRESSEES = 'Kính gửi:\n- Các sở, ban, ngành, đoàn thể cấp tỉnh;\n- Ủy ban nhân dân các huyện, thị xã, thành phố;\n- Các cơ quan Trung ương đóng trên địa bàn tỉnh.';
const DISTRIBUTION = 'Nơi nhận:\n- Như trên;\n- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh (để báo cáo);\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, KGVX.';
const letter = (body: string) => `${ADDRESSEES}\n\n${body}\n\n${DISTRIBUTION}`;
const A = letter('Ủy ban nhân dân tỉnh yêu cầu tạm dừng hoạt động các quán karaoke, vũ trường, cơ sở massage trên toàn tỉnh từ 12 giờ ngày 10/8/2021 cho đến khi có thông báo mới, và kiểm tra việc chấp hành tại các khu dân cư.');
const B = letter('Sở Y tế khẩn trương tổ chức tiêm vắc xin cho người từ 18 tuổi trở lên tại các khu công nghiệp, bảo đảm an toàn tiêm chủng và báo cáo kết quả hằng ngày về Ban Chỉ đạo tỉnh trước 17 giờ.');

describe('recipientRegions', () => {
  it('covers the addressees and everything from "Nơi nhận"', () => {
    const regions = recipientRegions(A);
    expect(regions.map((r) => A.slice(r.start, r.end))).toEqual([ADDRESSEES, DISTRIBUTION]);
  });

  it('covers a dispatch\'s addressees after "... ĐIỆN:", not its title', () => {
    const dispatch = 'CÔNG ĐIỆN:\nvề phòng, chống dịch\n\nBAN THƯỜNG VỤ TỈNH ỦY ĐIỆN:\n- Các huyện ủy, thành ủy;\n- Đảng đoàn HĐND tỉnh.\n\nYêu cầu các cấp ủy tập trung lãnh đạo.';
    expect(recipientRegions(dispatch).map((r) => dispatch.slice(r.start, r.end))).toEqual(['BAN THƯỜNG VỤ TỈNH ỦY ĐIỆN:\n- Các huyện ủy, thành ủy;\n- Đảng đoàn HĐND tỉnh.']);
  });

  it('keeps two directives that share only their recipient lists from sharing passages', () => {
    expect(findSharedPassages(prepareText(A), prepareText(B)).length).toBeGreaterThan(0);
    expect(findSharedPassages(prepareText(A, recipientRegions(A)), prepareText(B, recipientRegions(B)))).toEqual([]);
  });
});
