import { defaultLexicons } from '../../lexicons';
import { view } from '../../phrases/patterns';
import { directionOf } from './direction';

// Made-up instructions: what tightens, what eases, and what only informs or prepares.

const lex = defaultLexicons();
const direction = (sentence: string) => directionOf(view(sentence), 0, sentence.length, lex);

describe('directionOf', () => {
  it('reads lifting and relaxing as EASING', () => {
    for (const s of [
      'Công an tỉnh ưu tiên "luồng xanh" cho phương tiện chở nông sản qua các chốt kiểm soát.',
      'Cho phép nhà hàng, quán ăn hoạt động trở lại, phục vụ tại chỗ không quá 50% công suất.',
      'Nới lỏng các biện pháp hạn chế đi lại từ ngày 15/10/2021.',
      'Tạo điều kiện thuận lợi cho doanh nghiệp vận chuyển hàng hóa qua chốt kiểm soát.',
      'Từ ngày 01/11/2021, thôi áp dụng giãn cách xã hội theo Chỉ thị số 16/CT-TTg.',
      'Không yêu cầu giấy xét nghiệm đối với người đến từ vùng xanh.',
      // Letting people come home: not obstructing eases, though a comma list of "không" follows.
      'Không ngăn cản, không cách ly y tế đối với người về quê đón Tết.',
      'Không ngăn chặn người dân về quê ăn Tết.',
      // A charge waived eases, as a free service does.
      'Miễn tiền ăn cho người cách ly thuộc hộ nghèo.',
      // A restriction not applied: "không" alone forbids, and the restriction's word tightens.
      'Không áp dụng giới hạn số khách vào siêu thị.',
      'Không áp dụng cách ly tập trung đối với người đã tiêm đủ 2 mũi vắc xin.',
      'Giải quyết thuận lợi thủ tục nhập cảnh cho chuyên gia nước ngoài.',
      // Ending a lockdown or a quarantine, though "dừng" and "phong tỏa" tighten alone.
      'Gỡ bỏ phong tỏa đối với thôn Hải Hà, xã Kỳ Hải kể từ 18 giờ 00 ngày 15/8/2021.',
      'Dừng thực hiện cách ly xã hội theo Chỉ thị số 16/CT-TTg đối với xã Kỳ Lợi.',
      // Ending what kept workers closed in and goods disinfected.
      'Dừng phương án làm việc, ăn nghỉ khép kín đối với công nhân bốc xếp tại cửa khẩu.',
      'Dừng phun khử khuẩn phương tiện vận chuyển hàng hóa tại các chốt kiểm dịch nội địa.',
      'Kết thúc phong tỏa tạm thời hẻm 45 đường Bùi Minh Trực kể từ 17 giờ ngày 31/7/2021.',
      'Chấm dứt việc áp dụng các biện pháp cách ly y tế đối với thôn Đông.',
      // A shorter quarantine, or none, for some travellers.
      'Giảm thời gian cách ly tập trung đối với F1 từ 21 ngày xuống còn 14 ngày.',
      'Người đến từ vùng xanh không phải cách ly, không phải xét nghiệm.',
      // A cap lifted: "không" then the restriction's own word.
      'Không hạn chế số lượng khách tham quan tại các khu di tích.',
      'Không giới hạn số người tham dự lễ hội.',
      // A fee waived.
      'Không thu học phí học kỳ I năm học 2021-2022.',
      // Movement back to normal after a lockdown.
      'Cư dân được đi lại bình thường.',
    ]) {
      expect([s, direction(s)]).toEqual([s, 'EASING']);
    }
  });

  it('reads closing, forbidding, restricting and isolating as TIGHTENING', () => {
    for (const s of [
      'Tạm dừng các hoạt động thể thao ngoài trời.',
      // "ngưng" is "ngừng" as the south writes it; putting an event off to a later date closes it for now.
      'Ngưng tổ chức các sự kiện có quy mô đông người trong dịp lễ Quốc khánh.',
      'Lùi thời gian tổ chức Hội chợ Thương mại tỉnh sang tháng 12/2021.',
      'Nghiêm cấm tụ tập quá 5 người.',
      'Siết chặt việc kiểm soát người ra vào tỉnh.',
      'Cách ly tập trung 14 ngày đối với người nhập cảnh.',
      'Đóng cửa chợ đầu mối từ 0 giờ ngày 01/8/2021.',
      'Hạn chế tổ chức hội nghị đông người.',
      // Ending an activity closes it; ending a control ("chấm dứt việc cách ly") eases.
      'Chấm dứt hoạt động của các chợ tự phát.',
      // Allowing only some is restricting the rest.
      'Chỉ cho phép người có Giấy đi đường ra, vào vùng xanh.',
      'Người dân chỉ được phép ra khỏi nhà khi thật sự cần thiết.',
    ]) {
      expect([s, direction(s)]).toEqual([s, 'TIGHTENING']);
    }
  });

  it('reads informing, preparing and reporting as neither', () => {
    for (const s of [
      'Tuyên truyền để người dân không chủ quan khi nới lỏng.',
      'Chuẩn bị sẵn sàng các khu cách ly tập trung.',
      'Báo cáo kết quả thực hiện về Sở Y tế.',
      'Hỗ trợ người lao động bị mất việc làm.',
      'Tuyệt đối không được lơ là, chủ quan.',
      // Paying for or funding isolation isolates no one.
      'UBND các huyện chi trả tiền ăn cho người cách ly.',
      'Sở Tài chính cấp kinh phí cho các khu cách ly.',
    ]) {
      expect([s, direction(s)]).toEqual([s, null]);
    }
  });

  it('takes the main order, not its purpose, an aside or a folded look-alike', () => {
    expect(direction('Yêu cầu người dân quét mã QR để kiểm soát chặt chẽ việc đi lại.')).toBeNull();
    expect(direction('Rà soát các khu vực (kể cả nơi không tập trung đông người).')).toBeNull();
    expect(direction('Phát huy hiệu quả hoạt động của các tổ công nghệ cộng đồng.')).toBeNull();
  });

  it('lets the first cue decide: an easing with conditions eases', () => {
    expect(direction('Cho phép các cửa hàng mở cửa trở lại nhưng phải bảo đảm giãn cách giữa các bàn.')).toBe('EASING');
    expect(direction('Tiếp tục tạm dừng các dịch vụ không thiết yếu, trừ cửa hàng được phép bán mang về.')).toBe('TIGHTENING');
  });

  it('reads a control stopped as EASING, though its verb and the control\'s words tighten alone', () => {
    for (const s of [
      'Kết thúc hoạt động các khu cách ly tập trung.',
      'Tạm dừng hoạt động các chốt kiểm soát dịch trên Quốc lộ 1A.',
      'Ngừng yêu cầu khai báo y tế tại công sở.',
      'Không xử phạt hành vi không đeo khẩu trang nơi công cộng.',
      'Không phong tỏa diện rộng khi có ca mắc.',
      'Giải thể Ban Chỉ đạo phòng, chống dịch COVID-19 cấp huyện.',
      // A count before the control.
      'Giải thể 03 khu cách ly tập trung.',
      // Work or school that need not stop where a case is found.
      'Doanh nghiệp không phải dừng sản xuất khi phát hiện F0.',
      'Lớp có F0 không phải tạm dừng học trực tiếp.',
      'Không đóng cửa cả trường khi chỉ phát hiện F0 ở một lớp.',
      // Obstruction forbidden frees the way.
      'UBND các huyện không được gây khó khăn cho phương tiện chở nông sản.',
      'Các địa phương không ngăn sông, cấm chợ đối với hàng nông sản.',
    ]) {
      expect([s, direction(s)]).toEqual([s, 'EASING']);
    }
    // An activity stopped tightens; an uncontrolled illness is no control.
    expect(direction('Tạm dừng hoạt động karaoke, vũ trường.')).toBe('TIGHTENING');
    expect(direction('Tạm dừng học trực tiếp đối với lớp có F0.')).toBe('TIGHTENING');
    expect(direction('Người có bệnh nền không kiểm soát không điều trị tại nhà.')).not.toBe('EASING');
  });
});
