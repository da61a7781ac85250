import fs from 'node:fs';
import path from 'node:path';
import { clean } from './index';

const CORPUS = path.join(__dirname, '../../../seeds/corpus');
function seed(prefix: string): string {
  const file = fs.readdirSync(CORPUS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  return fs.readFileSync(path.join(CORPUS, file), 'utf8');
}

describe('clean() on the seed corpus', () => {
  const cleaned = Object.fromEntries(['000', '001', '002', '003', '004'].map((s) => [s, clean(seed(s))]));

  it('detects each rendition format', () => {
    expect(cleaned['000'].format).toBe('OCR');
    expect(cleaned['001'].format).toBe('PORTAL');
    expect(cleaned['002'].format).toBe('MARKDOWN');
    expect(cleaned['003'].format).toBe('OCR');
    expect(cleaned['004'].format).toBe('MARKDOWN');
  });

  it('produces NFC text without double spaces, trailing spaces or more than one blank line', () => {
    for (const { text } of Object.values(cleaned)) {
      expect(text).toBe(text.normalize('NFC'));
      expect(text).not.toMatch(/ {2}/);
      expect(text).not.toMatch(/ \n|\n /);
      expect(text).not.toMatch(/\n{3}/);
      expect(text).toBe(text.trim());
    }
  });

  it('joins hard-wrapped OCR lines into paragraphs and keeps OCR misspellings as written', () => {
    const t = cleaned['000'].text;
    expect(t).toContain(
      'Ngày 27/9/2021, Thường trực Tửứi ủy và Ban Chỉ đạo cấp tỉnh tổ chức hội nghị tạrc tuyến với Ban Chỉ đạo,',
    );
    // "COVID-\n19" rejoins without a space; "kinh tế -\nxã hội" keeps its spaced dash.
    expect(t).toContain('phòng, chống dịch COVID-19, trong đó siết chặt');
    expect(t).toContain('phát triển kinh tế - xã hội của tỉnh Quý IV năm 2021.');
    // A blank line from a page break inside a paragraph is closed up.
    expect(t).toContain('hỗ trợ kịp thời đến từng đối tượng');
    expect(t).toContain('Văn phòng Tỉnh uỷ thông báo ý kiến chỉ đạo của Thường trực Tỉnh ủy');
    expect(t).toContain('"không cỏ COVỈD-Ỉ9"');
    expect(t).toContain('BAN CHỈ ĐẠO CẤP TỈNH VE PHÒNG, CHỐNG DỊCH COYID-19\nvề việc triển khai');
    // Distribution list items stay one per line.
    expect(t).toContain('Nơi nhân:\nVPTW Đảng, VP Chính phủ (để bảo cáo), T/L BAN THƯƠNG vụ\nTT BCĐ Quoc gia');
    expect(t.endsWith('HANH iVAN PHONG\n\ngô Quang Hưng')).toBe(true);
  });

  it('keeps list markers of an OCR text on their own lines', () => {
    const t = cleaned['003'].text;
    expect(t).toContain('V/v tăng cường công tác phòng chông dịch COVID-19 trên địa bàn tỉnh\n\nKính gửi: - Ban cán sự đảng UBND tỉnh,\n- Các huyện,');
    expect(t).toContain('chỉ đạo:\n\n- Tiếp tục quán triệt');
    expect(t).toContain('yêu câu 5K (Khâu trang - Khử khuân - Khoảng cách - Không tập trung - Khai báo y tế)');
    expect(t).toContain('sân bay quốc tế Vân Đồn,');
    expect(t).toContain('T Í M BAN THƯỜNG vụ\nBÍ THƯ\n\nHoàng Ngân');
  });

  it('removes the portal footer, counters, licence lines and the reporter byline', () => {
    const t = cleaned['001'].text;
    expect(t.startsWith('Triển khai đồng bộ, quyết liệt các biện pháp phòng, chống dịch COVID-19 trong tình hình mới\n\n28/09/2021 16:45\n\nNgày 28/9, Tỉnh ủy Quảng Ninh')).toBe(true);
    expect(t.endsWith('tiếp tục ủng hộ chiến dịch tiêm chủng diện rộng trên địa bàn tỉnh nhằm đảm bảo đạt mục tiêu cao nhất.')).toBe(true);
    for (const gone of ['Tìm kiếm', 'Hôm nay', 'Cổng thông tin', 'Giấy phép', 'Portal', '\nPV']) expect(t).not.toContain(gone);
  });

  it('removes markdown marks but keeps words, list dashes and clause numbers', () => {
    const t4 = cleaned['004'].text;
    expect(t4.startsWith('TỈNH ỦY THANH HÓA\n\nSố 402 - CV/TU\n\nV/v tiếp tục')).toBe(true);
    expect(t4).toContain('\n4. Ban Cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo:\n\n- Sở Kế hoạch và Đầu tư');
    expect(t4).toContain('\n5. Tiếp tục thực hiện');
    expect(t4).toContain('Thanh Hóa, ngày 30 tháng 9 năm 2021\n\n- Kính gửi:\n- Ban Cán sự đảng Ủy ban nhân dân tỉnh,\n- Các ban,');
    expect(t4).toContain('chính quyền cơ sở là trọng tâm trong chiến lược');
    expect(t4).toContain('tiêm chủng và điều trị với tinh thần tự lực');
    expect(t4).not.toMatch(/[*#\\]/);

    const t2 = cleaned['002'].text;
    expect(t2).toContain('(Ban chỉ đạo cấp tỉnh) chủ trì Hội nghị');
    expect(t2).toContain('vắc xin,... phục vụ phòng, chống dịch');
    expect(t2).toContain('trong giai đoạn mới. Đồng thời');
    expect(t2).toContain('- Thành viên BCD cấp tỉnh PCD COVID-19; các tiểu ban giúp việc BCD,');
    expect(t2).toContain('T/L TRƯỞNG BAN CHỈ ĐẠO\nCHÁNH VĂN PHÒNG\n\nkiêm\n\nỦY VIÊN\n\nNguyễn Chí Thành');
    expect(t2).not.toMatch(/[*#\\]/);
  });
});

describe('clean() stability', () => {
  it('leaves its own output unchanged, so re-ingesting a cleaned text keeps every offset', () => {
    for (const s of ['000', '001', '002', '003', '004']) {
      const once = clean(seed(s)).text;
      expect(clean(once).text).toBe(once);
    }
  });
});

describe('clean() on made-up renditions', () => {
  it("restores 'ư' where a PDF text layer gives the letter oi ('ƣ') in its place", () => {
    const text = 'SỞ Y TẾ\nSố: 12/HD-SYT\n\n1. Ngƣời đến từ vùng dịch phải khai báo y tế; TRƢỜNG học tạm dừng.';
    expect(clean(text).text).toContain('1. Người đến từ vùng dịch phải khai báo y tế; TRƯỜNG học tạm dừng.');
  });

  it("reads back a content farm's lookalike letters (small capitals, Cyrillic, Greek) and leaves real Cyrillic and Greek words alone", () => {
    const disguised = ['UBND TỈNH NAM ĐỊNH', 'Số: 15/UBND-VX', '', '1. Tɑ̣ᴍ Ԁᴜ̛̀пɡ һᴏɑ̣т ƌᴏ̣̂пɡ ᴋɑгɑᴏᴋᴇ, զᴜɑ́п Ьɑг тᴜ̛̀ 12 ɡɪᴏ̛̀ пɡɑ̀ʏ 5/8/2021.', '2. Kһᴏ̂пɡ тɑ̣̂ρ тгᴜпɡ զᴜɑ́ 20 пɡᴜ̛ᴏ̛̀ɪ пɡᴏɑ̀ɪ ρһɑ̣ᴍ ᴠɪ ᴄᴏ̂пɡ ѕᴏ̛̉, тгᴜ̛ᴏ̛̀пɡ һᴏ̣ᴄ, Ьᴇ̣̂пһ ᴠɪᴇ̣̂п; xét пɡһɪᴇ̣̂ᴍ тҽѕт пһɑпһ.'].join('\n');
    const out = clean(disguised).text;
    expect(out).toContain('1. Tạm dừng hoạt động karaoke, quán bar từ 12 giờ ngày 5/8/2021.');
    expect(out).toContain('2. Không tập trung quá 20 người ngoài phạm vi công sở, trường học, bệnh viện; xét nghiệm test nhanh.');
    expect(clean('1. Đoàn công tác làm việc tại Москва; hệ số ρ = 0,5.').text).toContain('tại Москва; hệ số ρ = 0,5.');
  });

  it('rejoins a page break that splits a paragraph after a full OCR line before an acronym', () => {
    const body = Array.from({ length: 10 }, (_, i) => `dòng ${i} của đoạn văn bản được quét theo khổ giấy và cắt ngang tại lề phải`);
    const text = ['CÔNG VĂN', ...body, 'các biện pháp phòng chống dịch bệnh của tỉnh đã được triển khai trên địa bàn', '', 'UBND các huyện thực hiện ngay.'].join('\n');
    const out = clean(text).text;
    expect(out).toContain('trên địa bàn UBND các huyện thực hiện ngay.');
  });

  it("drops a social-media post's emoji bullets and reads its keycaps as clause numbers", () => {
    const post = ['📢 THÔNG CÁO BÁO CHÍ SỐ 12/TCBC-UBND', '', '1️⃣ Dừng các lễ hội.', '', '📌 🔟 Tạm dừng karaoke.', '', '👍❤️ 286'].join('\n');
    expect(clean(post).text.split('\n').filter((l) => l !== '')).toEqual([
      'THÔNG CÁO BÁO CHÍ SỐ 12/TCBC-UBND',
      '1. Dừng các lễ hội.',
      '10. Tạm dừng karaoke.',
      '👍❤️ 286',
    ]);
  });

  it("drops page numbers, footers, jump lines and the running header of later pages, and rejoins the sentence a page break cut", () => {
    const pages = [
      'UBND tỉnh Phú Thọ – KH 41/KH-UBND ngày 11/02/2022                     2',
      '',
      '1. Các huyện tạm dừng lễ hội đầu xuân và các hoạt động',
      '',
      'Tệp PDF được tạo từ hệ thống quản lý văn bản – trang 2/4',
      'UBND tỉnh Phú Thọ – KH 41/KH-UBND ngày 11/02/2022                     3',
      '',
      'văn nghệ có đông người tham gia.',
      '[Trang 3/4]',
      '(Xem tiếp trang 4)',
      '2. Sở Y tế bố trí 02 xe cứu thương.',
    ].join('\n');
    expect(clean(pages).text.split('\n').filter((l) => l !== '')).toEqual([
      'UBND tỉnh Phú Thọ – KH 41/KH-UBND ngày 11/02/2022 2',
      '1. Các huyện tạm dừng lễ hội đầu xuân và các hoạt động văn nghệ có đông người tham gia.',
      '2. Sở Y tế bố trí 02 xe cứu thương.',
    ]);
  });

  it("drops a certified copy's stamp that OCR read as a line inside a clause, and rejoins the clause", () => {
    const scan = ['1. Tạm dừng hoạt động karaoke, vũ trường, quán bar', 'SAO Y BẢN CHÍNH', 'kể từ 12 giờ 00 ngày 22/7/2021 đến khi có thông báo mới.', '2. Nhà hàng chỉ bán mang về.'].join('\n');
    expect(clean(scan).text.split('\n')).toEqual([
      '1. Tạm dừng hoạt động karaoke, vũ trường, quán bar kể từ 12 giờ 00 ngày 22/7/2021 đến khi có thông báo mới.',
      '2. Nhà hàng chỉ bán mang về.',
    ]);
  });

  it("drops a PDF layer's page numbers standing alone before each page break, and keeps a number alone elsewhere", () => {
    const lead = Array.from({ length: 10 }, (_, i) => `${i + 1}. Các huyện thực hiện nội dung thứ ${i + 1}.`);
    const next = Array.from({ length: 10 }, (_, i) => `${i + 12}. Các xã thực hiện nội dung thứ ${i + 12}.`);
    const pages = [
      'UBND TỈNH NAM ĐỊNH',
      ...lead,
      '11. Các huyện tạm dừng lễ hội đầu xuân và các hoạt động',
      '',
      '                                    1',
      '',
      '\fvăn nghệ có đông người tham gia.',
      ...next,
      '',
      '                                    2',
      '',
      '\f22. Báo cáo kết quả.',
    ].join('\n');
    const out = clean(pages).text.split('\n').filter((l) => l !== '');
    expect(out).toContain('11. Các huyện tạm dừng lễ hội đầu xuân và các hoạt động văn nghệ có đông người tham gia.');
    expect(out.filter((l) => /^\s*\d+\s*$/u.test(l))).toEqual([]);
    expect(out[out.length - 1]).toBe('22. Báo cáo kết quả.');
    // The next page's line may open with the figure the sentence was coming to.
    const figure = [...lead, '11. Người về từ vùng có dịch phải thực hiện cách ly tập trung', '- 2 -', '', '14 ngày và xét nghiệm 03 lần.', ...next].join('\n');
    expect(clean(figure).text.split('\n')).toContain('11. Người về từ vùng có dịch phải thực hiện cách ly tập trung 14 ngày và xét nghiệm 03 lần.');
    // A table's cells one a line, between blank lines: its ordinals are no page numbers.
    const table = ['Phân bổ như sau:', '', 'STT', '', 'Đơn vị', '', 'Số liều', '', '1', '', 'Huyện A', '', '500', '', '2', '', 'Huyện B', '', '300'].join('\n');
    expect(clean(table).text.split('\n').filter((l) => l !== '')).toEqual(['Phân bổ như sau:', 'STT', 'Đơn vị', 'Số liều', '1', 'Huyện A', '500', '2', 'Huyện B', '300']);
  });

  it("reads a feed pasted as raw XML as its fullest item's title and text, the HTML inside laid out", () => {
    const feed = [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<rss version="2.0"><channel><title>Huyện Tân Lập - Văn bản</title><ttl>60</ttl>',
      '<item><title>Công văn 88/UBND-VX về phòng, chống dịch</title><pubDate>Wed, 19 Jan 2022 16:45:00 +0700</pubDate>',
      '<description><![CDATA[<b>ỦY BAN NHÂN DÂN HUYỆN TÂN LẬP</b><br />Số: 88/UBND-VX<br /><br />1. Không tụ tập quá 20 người &amp; giữ khoảng cách.]]></description></item>',
      '<item><title>Thông báo 09/TB-UBND lịch tiếp công dân</title><description><![CDATA[Lịch tiếp công dân.]]></description></item>',
      '</channel></rss>',
    ].join('\n');
    expect(clean(feed).text).toBe('Công văn 88/UBND-VX về phòng, chống dịch\n\nỦY BAN NHÂN DÂN HUYỆN TÂN LẬP\nSố: 88/UBND-VX\n1. Không tụ tập quá 20 người & giữ khoảng cách.');
  });

  it('lays out a CSV export as lines of its non-empty cells, and leaves prose with commas alone', () => {
    const csv = [
      '# xuất từ bảng tính "phan-cong.csv"',
      '"ỦY BAN NHÂN DÂN TỈNH TÂN LẬP",,,',
      '"Số: 41/KH-UBND",,,"Tân Lập, ngày 5 tháng 11 năm 2021"',
      '"KẾ HOẠCH",,,',
      '"STT","Nhiệm vụ","Chỉ tiêu","Hiện trạng"',
      '1,"Tiêm đủ 02 mũi, người từ 18 tuổi","tối thiểu 90%","61,5%"',
      '2,"Xe khách liên tỉnh","không quá 50% số ghế","Tạm dừng"',
    ].join('\n');
    expect(clean(csv).text.split('\n').filter((l) => l !== '')).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH TÂN LẬP',
      'Số: 41/KH-UBND',
      'Tân Lập, ngày 5 tháng 11 năm 2021',
      'KẾ HOẠCH',
      'STT | Nhiệm vụ | Chỉ tiêu | Hiện trạng',
      '1 | Tiêm đủ 02 mũi, người từ 18 tuổi | tối thiểu 90% | 61,5%',
      '2 | Xe khách liên tỉnh | không quá 50% số ghế | Tạm dừng',
    ]);
    const prose = '1. Các sở, ban, ngành, đoàn thể tỉnh, UBND các huyện, thị xã, thành phố thực hiện nghiêm.\n2. Sở Y tế, Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh phối hợp.';
    expect(clean(prose).text).toBe(prose);
  });

  it("reads a portal's JSON answer as its fields written in words, without ids, links, timestamps, tags or related items", () => {
    const answer = JSON.stringify({
      status: 200,
      data: {
        id: 5120,
        slug: 'tam-dung-le-hoi',
        title: 'Công văn số 88/UBND-VX ngày 02/02/2021 về tạm dừng lễ hội',
        publishedAt: '2021-02-02T19:42:05+07:00',
        content: 'Chủ tịch UBND tỉnh yêu cầu:\n\n1. Tạm dừng các lễ hội.\n2. Không tụ tập quá 20 người.',
        author: 'Minh Khoa',
        tags: ['COVID-19', 'lễ hội xuân'],
        related: [{ id: 5102, title: 'Công văn số 61/UBND-VX về hỗ trợ người dân' }],
      },
    });
    expect(clean(answer).text).toBe('Công văn số 88/UBND-VX ngày 02/02/2021 về tạm dừng lễ hội\n\nChủ tịch UBND tỉnh yêu cầu:\n\n1. Tạm dừng các lễ hội.\n2. Không tụ tập quá 20 người.');
  });

  it('reads subtitles as the speech they hold, the sentences their cues cut joined again', () => {
    const srt = [
      '1', '00:00:00,400 --> 00:00:04,100', 'Kính chào quý vị. Chủ tịch UBND tỉnh', 'đã ký ban hành Công điện số 07/CĐ-UBND.', '',
      '2', '00:00:04,300 --> 00:00:09,850', 'Chủ tịch UBND tỉnh yêu cầu: không tập trung', 'quá 30 người ngoài phạm vi công sở.', '',
      '3', '00:00:10,000 --> 00:00:15,600', 'Các huyện thực hiện nghiêm.',
    ].join('\n');
    expect(clean(srt).text).toBe(
      'Kính chào quý vị. Chủ tịch UBND tỉnh đã ký ban hành Công điện số 07/CĐ-UBND.\nChủ tịch UBND tỉnh yêu cầu: không tập trung quá 30 người ngoài phạm vi công sở.\nCác huyện thực hiện nghiêm.',
    );
  });

  it("reads a text wrapped at 40 columns in a pager: without the pager's prompt, and a numbered heading in capitals joined again", () => {
    const screen = [
      'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19',
      'TỈNH TÂN LẬP',
      'II. CÁC BIỆN PHÁP BAN CHỈ ĐẠO TỈNH YÊU',
      'CẦU',
      '1. Sở Y tế bảo đảm năng lực xét nghiệm của',
      'tỉnh tối thiểu 2.000 mẫu đơn/ngày; các khu',
      ':tcbc-05.txt lines 1-34/84 40%',
      'cách ly tập trung sẵn sàng tối thiểu trên',
      '1.000 chỗ; các huyện lập đủ các chốt kiểm',
      'soát dịch bệnh tại các cửa ngõ ra vào tỉnh.',
      '2. Công an tỉnh kiểm tra việc chấp hành các',
      'quy định về phòng, chống dịch bệnh.',
    ].join('\n');
    expect(clean(screen).text.split('\n')).toEqual([
      'BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19',
      'TỈNH TÂN LẬP',
      'II. CÁC BIỆN PHÁP BAN CHỈ ĐẠO TỈNH YÊU CẦU',
      '1. Sở Y tế bảo đảm năng lực xét nghiệm của tỉnh tối thiểu 2.000 mẫu đơn/ngày; các khu cách ly tập trung sẵn sàng tối thiểu trên 1.000 chỗ; các huyện lập đủ các chốt kiểm soát dịch bệnh tại các cửa ngõ ra vào tỉnh.',
      '2. Công an tỉnh kiểm tra việc chấp hành các quy định về phòng, chống dịch bệnh.',
    ]);
  });

  it('keeps a sentence that names a page of another document', () => {
    const text = 'Các đơn vị thực hiện theo hướng dẫn tại trang 3 của Sổ tay phòng, chống dịch.';
    expect(clean(text).text).toBe(text);
  });

  it('keeps a paragraph break after a sentence that ends before the margin', () => {
    const text = 'Tỉnh ủy yêu cầu các cấp ủy thực hiện nghiêm.\n\nTăng cường kiểm tra.';
    expect(clean(text).text).toBe(text);
  });
});

describe('a social post copied with its furniture', () => {
  it("keeps an emoji-marked list's items apart, drops the hashtags, the see-more link and the reaction bar", () => {
    const post = [
      'Cổng TTĐT tỉnh Vĩnh Long',
      '12 tháng 8 lúc 07:40 · 🌏',
      '',
      'Ngày 11/8/2021, Chủ tịch UBND tỉnh ký Công văn số 2210/UBND-VX yêu cầu:',
      '✅ Không tập trung quá 10 người.',
      '✅ Thành lập 04 chốt kiểm soát.',
      '#VinhLong #COVID19',
      '... Xem thêm',
      '',
      '👍❤️ 2,3K    210 bình luận    95 lượt chia sẻ',
      'Thích    Bình luận    Chia sẻ',
      'Nguyễn Văn A: Mong sớm hết dịch',
    ].join('\n');
    expect(clean(post).text.split('\n').slice(3)).toEqual(['Ngày 11/8/2021, Chủ tịch UBND tỉnh ký Công văn số 2210/UBND-VX yêu cầu:', '- Không tập trung quá 10 người.', '- Thành lập 04 chốt kiểm soát.']);
  });
});
