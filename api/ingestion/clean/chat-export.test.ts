import { clean } from './index';
import { unwrapChatExport } from './chat-export';

describe("a chat export's messages", () => {
  it('lose their stamps and senders when most lines carry one, in the desktop copy and the exported file', () => {
    const desktop = [
      '[08:15, 09/08/2021] Chị Lan VP: ỦY BAN NHÂN DÂN TỈNH TRÀ VINH',
      '[08:15, 09/08/2021] Chị Lan VP: Số: 3021/UBND-KGVX',
      '[08:16, 09/08/2021] Chị Lan VP: 1. Không tập trung quá 10 người.',
      '[08:16, 09/08/2021] Chị Lan VP: 2. Thành lập 05 chốt kiểm soát.',
    ].join('\n');
    expect(unwrapChatExport(desktop).split('\n')).toEqual(['ỦY BAN NHÂN DÂN TỈNH TRÀ VINH', 'Số: 3021/UBND-KGVX', '1. Không tập trung quá 10 người.', '2. Thành lập 05 chốt kiểm soát.']);
    const exported = desktop.replace(/\[(\d{2}:\d{2}), (\d{2}\/\d{2}\/\d{4})\] /g, '$2, $1 - ');
    expect(unwrapChatExport(exported)).toBe(unwrapChatExport(desktop));
    expect(clean(desktop).text).toContain('\nSố: 3021/UBND-KGVX\n');
  });

  it('leaves a text that quotes a message or two as it is', () => {
    const text = 'Ghi chú:\n[08:15, 09/08/2021] Chị Lan VP: đã gửi bản scan\n1. Không tập trung quá 10 người.\n2. Thành lập 05 chốt.\n3. Báo cáo hằng ngày.';
    expect(unwrapChatExport(text)).toBe(text);
  });
});
