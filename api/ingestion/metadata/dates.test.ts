import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { read } from '../reading';
import { extractDates } from './dates';
import { extractMetadata } from './index';
import { nothingFound } from './found';
import { known, unknown } from './known';

function datesOf(text: string, ownNumber: string | null = null) {
  const cleaned = clean(text);
  const number = ownNumber === null ? unknown<string>('not given') : known(ownNumber);
  return extractDates(read(cleaned, segmentClauses(cleaned.text)), { ...nothingFound(), number });
}

const BODY = '1. Các cấp ủy tăng cường phòng, chống dịch COVID-19.\n2. Sở Y tế đẩy nhanh tiêm chủng.';

describe('extractDates', () => {
  it('reads a dateline, also when OCR put it on one line with the motto', () => {
    expect(datesOf(`TỈNH ỦY ĐỒNG NAI\nĐẢNG CỘNG SẢN VIỆT NAM Đồng Nai, ngày 07 tháng 7 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-07-07');
    const hcmText = `ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\nThành phố Hồ Chí Minh, ngày 9 tháng 7 năm 2021\n\n${BODY}`;
    const hcm = datesOf(hcmText).issuedOn;
    expect(hcm.value).toBe('2021-07-09');
    expect(clean(hcmText).text.slice(hcm.start, hcm.end)).toBe('Thành phố Hồ Chí Minh, ngày 9 tháng 7 năm 2021');
    expect(datesOf(`UBND TỈNH AN GIANG\nAn Giang, ngày 05/8/2021\n\n${BODY}`).issuedOn.value).toBe('2021-08-05');
    expect(datesOf(`UBND TỈNH BÀ RỊA - VŨNG TÀU\nBà Rịa - Vũng Tàu, ngày 1 tháng 10 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-10-01');
    // Highland names join their parts with an apostrophe.
    expect(datesOf(`UBND HUYỆN EA H'LEO\nEa H'leo, ngày 14 tháng 9 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-09-14');
    expect(datesOf(`UBND HUYỆN M'ĐRẮK\nM'Đrắk, ngày 3 tháng 8 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-08-03');
    // A numbered ward of a city, as a numbered urban district.
    expect(datesOf(`UBND QUẬN BÌNH THẠNH\nỦY BAN NHÂN DÂN\nPHƯỜNG 25\nPhường 25, ngày 02 tháng 8 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-08-02');
  });

  it("reads a dateline whose spaces a PDF's text layer lost, or that a form wrote with commas", () => {
    for (const dateline of ['ngày10 tháng8 năm2021', 'ngày 10 tháng 8 năm2021', 'ngày 10, tháng 8, năm 2021']) {
      expect([dateline, datesOf(`UBND TỈNH NINH BÌNH\nSố: 512/UBND-VP6\nNinh Bình, ${dateline}\n\n${BODY}`).issuedOn.value]).toEqual([dateline, '2021-08-10']);
    }
  });

  it("reads a dateline whose place and date a record's fields or a table's cells put on two lines", () => {
    const record = (place: string) => `ỦY BAN NHÂN DÂN TỈNH TRÀ VINH\n412/TB-UBND\n${place}\n22/11/2021\nTHÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh\n\n${BODY}`;
    const dates = datesOf(record('Trà Vinh'));
    expect(dates.issuedOn.value).toBe('2021-11-22');
    expect(clean(record('Trà Vinh')).text.slice(dates.issuedOn.start, dates.issuedOn.end)).toBe('Trà Vinh\n22/11/2021');
    // Under a line that is no place (a sentence, a weekday), a date alone is no dateline.
    expect(datesOf(record('Theo đề nghị của Sở Y tế')).issuedOn.value).toBeNull();
    expect(datesOf(record('Thứ Hai')).issuedOn.value).toBeNull();
    expect(datesOf(record('SỞ Y TẾ')).issuedOn.value).toBeNull();
  });

  it('reads a day of the first ten written with "mồng" or "mùng"', () => {
    expect(datesOf(`UBND TỈNH THÁI NGUYÊN\nSố: 3120/UBND-KGVX\nThái Nguyên, ngày mồng 5 tháng 8 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-08-05');
    expect(datesOf(`UBND TỈNH THÁI NGUYÊN\nSố: 3121/UBND-KGVX\nThái Nguyên, ngày mùng 10/8/2021\n\n${BODY}`).issuedOn.value).toBe('2021-08-10');
  });

  it('reads the dateline of a dispatch dated to the hour, with or without a comma after the hour', () => {
    const dispatch = (dateline: string) => `ỦY BAN NHÂN DÂN\nHUYỆN YÊN LẠC\nSố: 05/CĐ-UBND\n${dateline}\n\nCÔNG ĐIỆN\n\n${BODY}`;
    const stamped = ['Yên Lạc, hồi 17 giờ 30 phút ngày 03 tháng 8 năm 2021', 'Yên Lạc, lúc 17h30 ngày 03/8/2021', 'Yên Lạc, vào hồi 17 giờ ngày 03 tháng 8 năm 2021'];
    for (const dateline of ['Yên Lạc, 17 giờ 30 phút, ngày 03 tháng 8 năm 2021', 'Yên Lạc, 17 giờ 30 phút ngày 03 tháng 8 năm 2021', 'Yên Lạc, 17h30, ngày 03/8/2021', ...stamped]) {
      expect([dateline, datesOf(dispatch(dateline)).issuedOn.value]).toEqual([dateline, '2021-08-03']);
    }
  });

  it('reads a dateline whose "ngày" was dropped, its date worded', () => {
    expect(datesOf(`UBND TỈNH THÁI NGUYÊN\nSố: 3120/UBND-KGVX\nThái Nguyên, 12 tháng 8 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-08-12');
  });

  it("reads the dateline of a text set all in capitals, a telegram's way", () => {
    const telegram = `BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 HUYỆN NGHĨA HƯNG\nSỐ: 36/TB-BCĐ\nNGHĨA HƯNG, NGÀY 27 THÁNG 8 NĂM 2021\n\n${BODY.toUpperCase()}`;
    expect(datesOf(telegram).issuedOn.value).toBe('2021-08-27');
    // A highland place keeps its apostrophe in capitals too.
    expect(datesOf(`UBND HUYỆN CƯ M'GAR\nSỐ: 412/KH-UBND\nCƯ M'GAR, NGÀY 12 THÁNG 11 NĂM 2021\n\n${BODY.toUpperCase()}`).issuedOn.value).toBe('2021-11-12');
    // The capitals of a letterhead column beside a place in title case are not the place.
    expect(datesOf(`TỈNH ỦY ĐỒNG NAI\nĐẢNG CỘNG SẢN VIỆT NAM Đồng Nai, ngày 07 tháng 7 năm 2021\n\n${BODY}`).issuedOn.value).toBe('2021-07-07');
  });

  it('reads no date of a year before the epidemic or of a day to come, a slip of the year, and falls back on what the text cites', () => {
    const cites = 'Thực hiện Công văn số 1021/BYT-DP ngày 06/8/2021 của Bộ Y tế, yêu cầu:';
    for (const year of ['2012', '2031']) {
      const dates = datesOf(`UBND TỈNH NINH BÌNH\nSố: 512/UBND-VP\nNinh Bình, ngày 10 tháng 8 năm ${year}\n\n${cites}\n${BODY}`);
      expect([dates.issuedOn.value, dates.issuedFrom.value]).toEqual([null, '2021-08-06']);
      expect(dates.issuedOn.reason).toMatch(year === '2012' ? /^its date reads 2012-08-10, before the epidemic \(2019-12-01\): a slip, not read; it cites/ : /^its date reads 2031-08-10, a day to come: a slip, not read/);
    }
  });

  it('does not take a date inside a sentence for the dateline', () => {
    const text = `CÔNG VĂN\nV/v phòng, chống dịch\n\nThực hiện Chỉ thị của Thủ tướng, ngày 31 tháng 7 năm 2021 các địa phương phải báo cáo kết quả xét nghiệm.\n\n${BODY}`;
    expect(datesOf(text).issuedOn.value).toBeNull();
  });

  it('gives a year-less portal lead the year of the article, across New Year too', () => {
    const lead = (d: string, article: string) =>
      `Tin về phòng dịch\n\n${article} 08:00\n\nNgày ${d}, Thành ủy Cần Thơ ban hành Thông báo số 5-TB/TU về phòng, chống dịch COVID-19.\n\n${BODY}`;
    expect(datesOf(lead('28/9', '29/09/2021')).issuedOn.value).toBe('2021-09-28');
    expect(datesOf(lead('31/12', '02/01/2022')).issuedOn.value).toBe('2021-12-31');
  });

  it('reads a lead whose date comes after a clause, and one dated at night, but not the date of a document it cites', () => {
    const mid = `Trước diễn biến phức tạp của dịch COVID-19, nhằm kiểm soát chặt chẽ tình hình, ngày 21/7/2021 UBND huyện Tháp Mười ban hành Công văn số 998/UBND-VX về phòng, chống dịch.\n\n${BODY}`;
    expect(datesOf(mid).issuedOn.value).toBe('2021-07-21');
    const night = `Đêm 22/9, UBND tỉnh ban hành Công văn số 13417/UBND-VP về phòng, chống dịch COVID-19.\n\nGiãn cách xã hội theo Chỉ thị số 15/CT-TTg từ 0 giờ ngày 23 tháng 9 năm 2021.`;
    expect(datesOf(night).issuedOn.value).toBe('2021-09-22');
    const cited = `Thực hiện Công điện số 570/CĐ-TTg, ngày 02/5/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Công văn số 1246/UBND-VX về phòng, chống dịch COVID-19.\n\n${BODY}`;
    expect(datesOf(cited).issuedOn.value).toBeNull();
    const agency = `Cần Thơ (TTXVN 5/8) Tối 5/8/2021, Chủ tịch UBND thành phố Cần Thơ đã ký ban hành Chỉ thị số 12/CT-UBND về phòng, chống dịch COVID-19.\n\n${BODY}`;
    expect(datesOf(agency).issuedOn.value).toBe('2021-08-05');
  });

  it('gives a year-less lead without an article date the year of the latest date the text gives', () => {
    const text = `Tỉnh áp dụng giãn cách xã hội\n\nNgày 19/7, Chủ tịch UBND tỉnh Sóc Trăng ký ban hành Công văn số 1450/UBND-VX về phòng, chống dịch COVID-19.\n\nTheo Chỉ thị số 16/CT-TTg ngày 31/3/2020, thực hiện giãn cách xã hội từ 0 giờ ngày 20/7/2021.`;
    expect(datesOf(text).issuedOn.value).toBe('2021-07-19');
  });

  it('takes the dates of documents a year-less lead cites as dates it comes after, not before', () => {
    const lead = (day: string, cited: string) =>
      `Tiếp tục giãn cách xã hội\n\nNgày ${day}, UBND tỉnh Long An đã có Công văn khẩn số 2904/UBND-VX về phòng, chống dịch COVID-19.\n\nTheo tinh thần ${cited}, các địa phương tiếp tục giãn cách xã hội.`;
    // Not the year before the national directive it applies.
    expect(datesOf(lead('28/8', 'Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ')).issuedOn.value).toBe('2020-08-28');
    // A month before the cited plan's is in the next year.
    expect(datesOf(lead('3/2', 'Kế hoạch số 120/KH-UBND ngày 15/7/2021 của UBND tỉnh')).issuedOn.value).toBe('2022-02-03');
    expect(datesOf(lead('20/7', 'Kế hoạch số 120/KH-UBND ngày 15/7/2021 của UBND tỉnh')).issuedOn.value).toBe('2021-07-20');
  });

  it("reads a lead opened by a paper's abbreviation without parentheses (\"YBĐT - Ngày 03/8/2020, ...\")", () => {
    const text = `BÁO NAM ĐỊNH ĐIỆN TỬ\n\nTỉnh ủy chỉ đạo phòng dịch\n\nBNĐT - Ngày 03/8/2021, Ban Thường vụ Tỉnh ủy ban hành Thông báo số 120-TB/TU về phòng, chống dịch COVID-19.\n\n${BODY}`;
    expect(datesOf(text).issuedOn.value).toBe('2021-08-03');
  });

  it('reads a lead a national paper datelines with its place ("TÂY NINH - Ngày 15/10/2021, ...")', () => {
    const text = `Tây Ninh tạm dừng dịch vụ karaoke\n\nTÂY NINH - Ngày 15/10/2021, UBND tỉnh ban hành Công văn số 2876/UBND-VX về phòng, chống dịch COVID-19.\n\n${BODY}`;
    expect(datesOf(text).issuedOn.value).toBe('2021-10-15');
    const mixed = `Tin phòng dịch\n\nĐồng Tháp - Chiều 31/7/2021, UBND tỉnh ban hành Công văn số 512/UBND-KGVX về giãn cách xã hội.\n\n${BODY}`;
    expect(datesOf(mixed).issuedOn.value).toBe('2021-07-31');
  });

  it("takes no newspaper masthead's weekday for a dateline's place", () => {
    const text = `BÁO NAM ĐỊNH   Thứ Tư, ngày 28-7-2021\n\n(BNĐ) - Ngày 27-7, Chủ tịch UBND tỉnh đã ký ban hành Chỉ thị số 12/CT-UBND về phòng, chống dịch COVID-19.\n\n${BODY}`;
    expect(datesOf(text).issuedOn.value).toBe('2021-07-27');
  });

  it('reads a lead whose date is written out, or whose verb is "có Công văn"', () => {
    const lead = (sentence: string) => `Tin về phòng dịch\n\n${sentence}\n\n${BODY}`;
    expect(datesOf(lead('Ngày 19 tháng 7 năm 2021, UBND tỉnh Sóc Trăng ban hành Công văn số 1450/UBND-VX về phòng, chống dịch.')).issuedOn.value).toBe('2021-07-19');
    expect(datesOf(lead('(Cổng TTĐT tỉnh) - Ngày 19/7/2021, Ban Chỉ đạo tỉnh có Công văn số 1450/BCĐ về phòng, chống dịch.')).issuedOn.value).toBe('2021-07-19');
    expect(datesOf(lead('Ngày 30/4/2020, UBND tỉnh Quảng Ninh ra Công điện khẩn về việc triển khai các biện pháp phòng, chống dịch.')).issuedOn.value).toBe('2020-04-30');
    // An hour may stand before "ngày"; the date is quoted from "ngày".
    const hourly = lead('Vào lúc 10h00 ngày 21/7/2021, Chủ tịch UBND tỉnh Nghệ An vừa có công điện khẩn số 12/CĐ.UBND về phòng, chống dịch.');
    const hour = datesOf(hourly).issuedOn;
    expect([hour.value, clean(hourly).text.slice(hour.start, hour.end)]).toEqual(['2021-07-21', 'ngày 21/7/2021']);
    // "Kỳ" in a name is no "ký": the sentence reports a meeting.
    const meeting = datesOf(lead('Ngày 22/9/2021, đồng chí Nguyễn Xuân Kỳ chủ trì hội nghị về phòng, chống dịch.'));
    expect([meeting.issuedOn.value, meeting.meetingOn.value]).toEqual([null, '2021-09-22']);
  });

  it('reads a meeting\'s day after a news source\'s tag, and meetings held "with" others, urgently or as a briefing', () => {
    const lead = (sentence: string) => `Tin về phòng dịch\n\n${sentence}\n\n${BODY}`;
    expect(datesOf(lead('(Báo Hòa Bình) - Chiều 27/8/2021, UBND tỉnh tổ chức cuộc họp nghe Ban Chỉ đạo tỉnh báo cáo tình hình dịch.')).meetingOn.value).toBe('2021-08-27');
    expect(datesOf(lead('HBO - Chiều 27/8/2021, UBND tỉnh tổ chức cuộc họp nghe Ban Chỉ đạo tỉnh báo cáo tình hình dịch.')).meetingOn.value).toBe('2021-08-27');
    for (const verb of ['họp đột xuất để triển khai các biện pháp cấp bách', 'họp với Ban Chỉ đạo các huyện', 'làm việc với Thường trực Ban Chỉ đạo tỉnh', 'tổ chức giao ban trực tuyến với các huyện']) {
      expect([verb, datesOf(lead(`Ngày 12/9/2021, Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh ${verb}.`)).meetingOn.value]).toEqual([verb, '2021-09-12']);
    }
    // After what the meeting carried out.
    expect(datesOf(lead('Thực hiện chỉ đạo của Thủ tướng Chính phủ, ngày 11/9/2021, Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo tỉnh.')).meetingOn.value).toBe('2021-09-11');
  });

  it('dates the directive from its own number cited with a date', () => {
    const text = `Tin về phòng dịch\n\nThông báo số 370-TB/TU ngày 28/9/2021 của Tỉnh ủy đã nêu rõ các giải pháp phòng, chống dịch.\n\n${BODY}`;
    expect(datesOf(text, '370-TB/TU').issuedOn.value).toBe('2021-09-28');
  });

  it('finds the meeting in the preamble, not meetings or documents the clauses mention', () => {
    const text = `THÔNG BÁO\nvề phòng, chống dịch\n\nNgày 15/8/2021, Thường trực Tỉnh ủy chủ trì hội nghị trực tuyến với các huyện về công tác phòng, chống dịch.\n\n1. Chuẩn bị hội nghị ngày 20/8/2021 theo Kế hoạch số 12-KH/TU ngày 10/8/2021.`;
    const { meetingOn, issuedOn } = datesOf(text);
    expect(meetingOn.value).toBe('2021-08-15');
    expect(issuedOn.reason).toBe('no date line; the meeting it reports was held on 2021-08-15');
  });

  it('finds the meeting of a conclusion notice however its day and its meeting are written', () => {
    const notice = (title: string, preamble: string) => `ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 301/TB-UBND\n\nTHÔNG BÁO\n${title}\n\n${preamble}\n\n${BODY}`;
    const meeting = (title: string, preamble: string) => datesOf(notice(title, preamble)).meetingOn.value;
    // The body whose meeting it was, between the meeting and its day.
    expect(meeting('Kết luận của Chủ tịch UBND tỉnh tại cuộc họp Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh ngày 11/9/2021', 'Chủ tịch UBND tỉnh kết luận như sau:')).toBe('2021-09-11');
    // A time of day, a day written out, the bare verb "họp".
    const title = 'Kết luận của Chủ tịch UBND tỉnh về phòng, chống dịch COVID-19';
    expect(meeting(title, 'Chiều ngày 11/9/2021, Chủ tịch UBND tỉnh chủ trì cuộc họp Ban Chỉ đạo. Chủ tịch UBND tỉnh kết luận như sau:')).toBe('2021-09-11');
    expect(meeting(title, 'Sáng 11/9/2021, Chủ tịch UBND tỉnh chủ trì Hội nghị trực tuyến với các huyện. Chủ tịch UBND tỉnh kết luận:')).toBe('2021-09-11');
    expect(meeting(title, 'Ngày 11 tháng 9 năm 2021, Phó Chủ tịch UBND tỉnh đã chủ trì cuộc họp với các sở, ngành. Phó Chủ tịch kết luận:')).toBe('2021-09-11');
    expect(meeting(title, 'Ngày 11/9/2021, Ban Chỉ đạo tỉnh họp nghe báo cáo tình hình dịch. Trưởng Ban kết luận:')).toBe('2021-09-11');
    // The legal basis names another body's meeting; a word of time makes a day another's.
    expect(meeting(title, 'Căn cứ ý kiến của Thường trực Tỉnh ủy tại phiên họp ngày 15/9/2021;')).toBeNull();
    expect(meeting(title, 'Tại cuộc họp sáng nay Ban Chỉ đạo thống nhất từ ngày 15/9/2021 tạm dừng các lễ hội:')).toBeNull();
  });
});

describe('a portal lead without a full stop', () => {
  it('reads the number, kind and date of "Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số ..." under an article title', () => {
    const article = [
      'Tiếp tục thực hiện quyết liệt công tác phòng, chống dịch Covid-19',
      '',
      'Ngày 16/4/2020 Ủy ban nhân dân tỉnh ban hành Chỉ thị số 11/CT-UBND về việc tiếp tục phòng, chống dịch Covid-19 trên địa bàn tỉnh',
      '',
      'Chủ tịch UBND tỉnh yêu cầu Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện thực hiện quyết liệt công tác phòng, chống dịch.',
    ].join('\n');
    const cleaned = clean(article);
    const metadata = extractMetadata(read(cleaned, segmentClauses(cleaned.text)));
    expect([metadata.number.value, metadata.kind.value, metadata.issuedOn.value]).toEqual(['11/CT-UBND', 'CHI_THI', '2020-04-16']);
  });

  it('reads the lead below a quoted motto and a title', () => {
    const article = [
      '“Nhanh hơn, quyết liệt hơn, không để dịch lây lan ra diện rộng trên địa bàn tỉnh”, vì sức khỏe của Nhân dân.',
      'Công điện của Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo, chỉ đạo phòng, chống dịch COVID-19 trên địa bàn tỉnh',
      '',
      'Ban Thường vụ Tỉnh ủy vừa ban hành Công điện số 05-CĐ/TU về tăng cường lãnh đạo, chỉ đạo phòng, chống dịch COVID-19. Nội dung như sau:',
      '1. Các cấp ủy, chính quyền không chủ quan, lơ là; không tập trung quá 10 người tại nơi công cộng.',
    ].join('\n');
    const cleaned = clean(article);
    const metadata = extractMetadata(read(cleaned, segmentClauses(cleaned.text)));
    expect([metadata.number.value, metadata.kind.value, metadata.issuer.value?.kind]).toEqual(['05-CĐ/TU', 'CONG_DIEN', 'PARTY_STANDING_COMMITTEE']);
  });

  it('reads the lead below a sapo and a timestamp line, which are no paragraphs of it', () => {
    const article = [
      'Quảng Bình yêu cầu người về tỉnh khai báo y tế',
      '',
      'Người đến, trở về tỉnh từ ngày 08/11 phải khai báo y tế và có giấy xét nghiệm âm tính theo quy định.',
      '08/11/2021 09:40',
      '',
      'UBND tỉnh Quảng Bình vừa ban hành Công văn số 2150/UBND-KGVX về tăng cường một số biện pháp phòng, chống dịch COVID-19. Theo đó:',
      '',
      'Người đến, trở về tỉnh phải khai báo y tế.',
    ].join('\n');
    const cleaned = clean(article);
    const metadata = extractMetadata(read(cleaned, segmentClauses(cleaned.text)));
    expect([metadata.number.value, metadata.kind.value, metadata.issuer.value?.name]).toEqual(['2150/UBND-KGVX', 'CONG_VAN', 'Ủy ban nhân dân tỉnh Quảng Bình']);
  });
});
