import { defaultLexicons } from '../lexicons';
import { view } from '../phrases/patterns';
import { categorise } from './categorise';

// Made-up instructions, one shape each: the taxonomy's restriction families and the rules that weigh a
// keyword by where it stands.

const lex = defaultLexicons();
const of = (sentence: string) => categorise(view(sentence), 0, sentence.length, lex);
const category = (sentence: string) => of(sentence).category;

describe('the taxonomy of restrictions (OxCGRT C1-C8)', () => {
  it('reads distancing regimes, staying at home, curfews and area lockdowns as STAY_AT_HOME (C6)', () => {
    for (const s of [
      'Thực hiện giãn cách xã hội theo Chỉ thị số 16/CT-TTg trên địa bàn thị xã từ 0 giờ ngày 05/9/2021.',
      'Các phường còn lại áp dụng biện pháp theo Chỉ thị số 15/CT-TTg.',
      'Người dân ở tại nhà, chỉ ra ngoài khi thật sự cần thiết; không ra đường sau 21 giờ.',
      'Phong tỏa tạm thời thôn Đông, xã Bình An trong 14 ngày.',
      'Thiết lập vùng cách ly y tế đối với tổ dân phố 3.',
    ]) {
      expect([s, of(s).category, of(s).oxcgrtCode]).toEqual([s, 'STAY_AT_HOME', 'C6']);
    }
  });

  it('reads school closing and teaching online or in person as SCHOOLS (C1)', () => {
    expect(of('Cho học sinh mầm non, tiểu học nghỉ học từ ngày 10/9/2021.')).toMatchObject({ category: 'SCHOOLS', oxcgrtCode: 'C1' });
    expect(category('Học sinh trung học cơ sở học trực tuyến đến khi có thông báo mới.')).toBe('SCHOOLS');
    expect(category('Các trường tổ chức dạy học trực tiếp trở lại từ ngày 07/02/2022.')).toBe('SCHOOLS');
  });

  it('reads closing or limiting businesses, services, markets and offices as WORKPLACES (C2)', () => {
    expect(of('Tạm dừng hoạt động quán bar, cơ sở massage và phòng tập thể hình.')).toMatchObject({ category: 'WORKPLACES', oxcgrtCode: 'C2' });
    expect(category('Quán ăn, quán cà phê chỉ bán mang về.')).toBe('WORKPLACES');
    expect(category('Cơ quan nhà nước bố trí tối đa 40% cán bộ làm việc tại trụ sở, số còn lại làm việc tại nhà.')).toBe('WORKPLACES');
    expect(category('Chợ dân sinh chỉ mở cửa từ 6 giờ đến 12 giờ hằng ngày, bán hàng giãn cách.')).toBe('WORKPLACES');
  });

  it('gives a keyword its own indicator where it is more specific than its category', () => {
    expect(of('Không tổ chức lễ hội, sự kiện đông người.')).toMatchObject({ category: 'GATHERINGS', oxcgrtCode: 'C3' });
    expect(of('Dừng vận chuyển hành khách công cộng bằng xe buýt trong nội thành.')).toMatchObject({ category: 'INTERNAL_MOVEMENT_TRANSPORT', oxcgrtCode: 'C5' });
  });

  it('follows the conventions of the gold set for declarations, arrivals and supplies', () => {
    expect(category('Người về từ vùng dịch phải khai báo y tế ngay khi đến địa phương.')).toBe('DIGITAL_TOOLS');
    expect(category('Người đến tỉnh phải có giấy xác nhận kết quả xét nghiệm âm tính trong vòng 72 giờ.')).toBe('INTERNAL_MOVEMENT_TRANSPORT');
    expect(category('Sở Công Thương bảo đảm cung ứng hàng hóa thiết yếu, không để khan hiếm.')).toBe('ECONOMIC_RECOVERY');
    expect(category('Hỗ trợ tiền ăn 60.000 đồng/người/ngày cho người cách ly tập trung.')).toBe('SOCIAL_SUPPORT');
  });
});

describe('where a keyword stands', () => {
  it('takes places listed after "tại" as where the rule applies, not what it is', () => {
    expect(category('Thực hiện nghiêm các quy định phòng, chống dịch tại nhà ga, bến xe, chợ, bệnh viện và trường học.')).toBe('GENERAL_PREPAREDNESS');
    // One place still names the topic when nothing else does.
    expect(category('Bảo đảm an ninh trật tự tại các điểm tiêm.')).toBe('VACCINATION');
    // "tại" inside a keyword is no place: "làm việc tại nhà".
    expect(category('Bố trí cán bộ làm việc tại nhà.')).toBe('WORKPLACES');
  });

  it('takes a relative clause or a "kể cả" condition as who, not what', () => {
    expect(category('Người đã tiêm đủ hai mũi vắc xin cách ly tại nhà 7 ngày.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Người về từ khu vực đang phong tỏa phải cách ly tập trung.')).toBe('QUARANTINE_ISOLATION');
    expect(category('Đeo khẩu trang nơi công cộng, kể cả người đã tiêm đủ liều vắc xin.')).toBe('PERSONAL_PROTECTION_5K');
    expect(category('F1 chưa tiêm đủ liều vắc xin: cách ly tại nhà 10 ngày.')).toBe('QUARANTINE_ISOLATION');
  });

  it('takes a list of actors after "là", and what happens "sau khi", as context', () => {
    expect(category('Chuẩn bị các điều kiện chuyển sang trạng thái mới với 3 trụ cột là Nhà nước - Doanh nghiệp - Người dân.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Sau khi hoàn thành tiêm mũi 2 cho toàn dân phải xây dựng chiến lược phòng, chống dịch lâu dài.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Xử lý nghiêm các trường hợp ra đường không có lý do chính đáng.')).toBe('ENFORCEMENT_INSPECTION');
    expect(category('Đẩy mạnh tuyên truyền về lợi ích của tiêm vắc xin.')).toBe('PUBLIC_INFORMATION');
  });

  it('reads a health check as no inspection', () => {
    expect(category('Đoàn công tác phải kiểm tra sức khỏe trước khi lên đường.')).toBe('GENERAL_PREPAREDNESS');
    expect(category('Tăng cường kiểm tra, xử lý vi phạm.')).toBe('ENFORCEMENT_INSPECTION');
  });

  it('does not take "động của" for "đóng cửa"', () => {
    expect(category('Phát huy hiệu quả hoạt động của tổ công nghệ cộng đồng.')).toBe('DIGITAL_TOOLS');
    expect(category('Đóng cửa các cơ sở kinh doanh không thiết yếu.')).toBe('WORKPLACES');
  });

  it('lets the longest keyword decide where two categories overlap', () => {
    // "cách ly" (quarantine) inside "vùng cách ly y tế" (an area lockdown).
    expect(of('Duy trì vùng cách ly y tế tại xóm 2.').otherCategories).not.toContain('QUARANTINE_ISOLATION');
  });
});
