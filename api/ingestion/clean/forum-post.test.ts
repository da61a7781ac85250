import { analyse } from '../analyse';
import { unwrapForumPost } from './forum-post';

// A made-up district letter retyped in a local forum, as its BBCode source is copied.
const LETTER = [
  '[center][b]ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH[/b]',
  'Số: 1456/UBND-VP',
  '[i]Châu Thành, ngày 09 tháng 8 năm 2021[/i][/center]',
  '',
  '[size=150][b]THÔNG BÁO[/b][/size]',
  '[b]Về việc tăng cường phòng, chống dịch COVID-19[/b]',
  '',
  'Ủy ban nhân dân huyện yêu cầu:',
  '[list]',
  '[*]Không tập trung quá 10 người ngoài phạm vi công sở.',
  '[*]Xét nghiệm tầm soát 100% người bán hàng tại chợ, 7 ngày/lần.',
  '[/list]',
  '',
  'KT. CHỦ TỊCH',
  'PHÓ CHỦ TỊCH',
  'Trần Văn Bình',
].join('\n');

const THREAD = [
  'Diễn đàn Châu Thành › Thời sự › [Văn bản] Thông báo của huyện',
  '',
  '#1 09/08/2021, 20:14 ba_tam (Thành viên · Tham gia: 05/2019 · Bài viết: 612)',
  'Mình chép lại cho bà con đọc, có gì sai mọi người sửa giúp.',
  '[quote]',
  LETTER,
  '[/quote]',
  '[url=https://chauthanh.example]Nguồn: trang huyện[/url] [img]https://img.example/1456.jpg[/img]',
  'Thích (12) Trả lời',
  '',
  '#2 09/08/2021, 21:03 hai_lua: Cảm ơn bác, xóm em 350 người chưa ai được xét nghiệm.',
].join('\n');

describe("a forum post's BBCode source", () => {
  it('is the quoted letter without its tags, its list items as dashes, without the remarks and the reply around it', () => {
    const text = unwrapForumPost(THREAD);
    expect(text.split('\n').slice(0, 6)).toEqual([
      '',
      'ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH',
      'Số: 1456/UBND-VP',
      'Châu Thành, ngày 09 tháng 8 năm 2021',
      '',
      'THÔNG BÁO',
    ]);
    expect(text).toContain('\n- Không tập trung quá 10 người ngoài phạm vi công sở.\n- Xét nghiệm tầm soát 100%');
    expect(text).not.toMatch(/\[|Cảm ơn|chép lại|Nguồn/u);
  });

  it('without a quote, is the longest post of the thread without its header line', () => {
    const thread = THREAD.replace('[quote]\n', '').replace('[/quote]\n', '');
    const text = unwrapForumPost(thread);
    expect(text).toContain('Mình chép lại');
    expect(text).toContain('\nSố: 1456/UBND-VP\n');
    expect(text).not.toMatch(/#1|ba_tam|Cảm ơn|Diễn đàn/u);
  });

  it('gives the letter its facts and none of the reply figures', () => {
    const { metadata, facts } = analyse(Buffer.from(THREAD, 'utf8'));
    expect([metadata.number.value, metadata.issuedOn.value, metadata.kind.value]).toEqual(['1456/UBND-VP', '2021-08-09', 'THONG_BAO']);
    expect(facts.targets.map((t) => `${t.metric} ${t.value} ${t.unit}`)).toEqual([
      'GATHERING_SIZE 10 PEOPLE',
      'TESTING_COVERAGE 100 PERCENT',
      'TEST_INTERVAL_DAYS 7 DAYS',
    ]);
  });

  it("drops a lone post's header line, whose date is the post's, not the letter's", () => {
    const post = THREAD.slice(0, THREAD.indexOf('\n#2 ')).replace('[quote]\n', '').replace('[/quote]\n', '');
    const text = unwrapForumPost(post);
    expect(text).not.toMatch(/#1|ba_tam|20:14/u);
    expect(text).toContain('\nSố: 1456/UBND-VP\n');
  });

  it("leaves a text's own square brackets as they are", () => {
    const text = 'Số: 12/TB-UBND\n1. Theo Công văn số 5 [1], các xã thực hiện.\n(đã ký) [đã ký]\n[b] là mục b của phụ lục.';
    expect(unwrapForumPost(text)).toBe(text);
  });
});
