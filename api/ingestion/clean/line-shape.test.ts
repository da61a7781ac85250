import { analyse } from '../analyse';
import { isCapsLine } from './line-shape';

describe('isCapsLine', () => {
  it('tells a letterhead or title in capitals from a paragraph a telegram sets in capitals', () => {
    expect(isCapsLine('ỦY BAN NHÂN DÂN TỈNH YÊN BÁI')).toBe(true);
    expect(isCapsLine('KẾ HOẠCH TRIỂN KHAI TIÊM VẮC XIN PHÒNG COVID-19 CHO TRẺ EM TỪ 12 ĐẾN 17 TUỔI NĂM 2021')).toBe(true);
    expect(isCapsLine('ĐỂ CHỦ ĐỘNG NGĂN CHẶN DỊCH BỆNH XÂM NHẬP, BAN THƯỜNG VỤ TỈNH ỦY YÊU CẦU CÁC CẤP ỦY KHÔNG TỔ CHỨC TẬP TRUNG QUÁ 30 NGƯỜI.')).toBe(false);
  });

  it('lets an article set all in capitals give its orders as measures', () => {
    const article = [
      'BAN THƯỜNG VỤ TỈNH ỦY YÊU CẦU KHÔNG LƠ LÀ TRƯỚC NGUY CƠ DỊCH COVID-19',
      '',
      'NGÀY 03/8/2020, BAN THƯỜNG VỤ TỈNH ỦY YÊN BÁI BAN HÀNH THÔNG BÁO SỐ 1245-TB/TU VỀ CÔNG TÁC PHÒNG, CHỐNG DỊCH COVID-19 TRONG TÌNH HÌNH MỚI.',
      '',
      'ĐỂ CHỦ ĐỘNG NGĂN CHẶN DỊCH BỆNH XÂM NHẬP, BAN THƯỜNG VỤ TỈNH ỦY YÊU CẦU TẤT CẢ NGƯỜI TỪ ĐÀ NẴNG TRỞ VỀ PHẢI KHAI BÁO Y TẾ VÀ CÁCH LY TẠI NHÀ 14 NGÀY.',
      '',
      'CÁC CẤP ỦY KHÔNG TỔ CHỨC CÁC HOẠT ĐỘNG TẬP TRUNG QUÁ 30 NGƯỜI NGOÀI PHẠM VI CÔNG SỞ, TRƯỜNG HỌC, BỆNH VIỆN TRÊN ĐỊA BÀN TỈNH.',
    ].join('\n');
    const { metadata, facts } = analyse(Buffer.from(article));
    expect(metadata.number.value).toBe('1245-TB/TU');
    expect(facts.measures.length).toBeGreaterThanOrEqual(2);
    expect(facts.targets.map((t) => `${t.metric} ${t.value}`)).toEqual(['QUARANTINE_DAYS 14', 'GATHERING_SIZE 30']);
  });
});
