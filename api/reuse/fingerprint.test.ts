import { fingerprint, fingerprintWords } from './fingerprint';
import { prepareText } from './prepare';

describe('fingerprint', () => {
  const paragraph =
    'Hằng ngày, Bí thư cấp ủy, Chủ tịch UBND cấp huyện phải đánh giá mức độ nguy cơ, yếu tố rủi ro tác động vào địa bàn để xác định địa chỉ, đối tượng lấy mẫu xét nghiệm';

  it('is the same for the same words whatever the diacritics, case and punctuation', () => {
    const plain = 'hang ngay bi thu cap uy chu tich ubnd cap huyen phai danh gia muc do nguy co yeu to rui ro tac dong vao dia ban de xac dinh dia chi doi tuong lay mau xet nghiem';
    expect(fingerprint(plain)).toEqual(fingerprint(paragraph));
    expect(fingerprint(paragraph).length).toBeGreaterThan(0);
  });

  it('keeps about one run in four, each once', () => {
    const text = Array.from({ length: 400 }, (_, i) => `từ${i}`).join(' ');
    const hashes = fingerprint(text);
    expect(new Set(hashes).size).toBe(hashes.length);
    expect(hashes.length).toBeGreaterThan(60);
    expect(hashes.length).toBeLessThan(140);
  });

  it('shares hashes between texts that share a passage, and none for unrelated texts', () => {
    const a = new Set(fingerprint(`Mở đầu khác hẳn. ${paragraph}. Kết thúc riêng.`));
    const shared = fingerprint(`Một văn bản khác. ${paragraph}.`).filter((h) => a.has(h));
    expect(shared.length).toBeGreaterThan(0);
    expect(fingerprint('Giá lúa gạo hôm nay tăng nhẹ ở đồng bằng sông Cửu Long theo báo cáo của thương lái').filter((h) => a.has(h))).toEqual([]);
  });

  it('is the same from a prepared text\'s words as from the text (hashing runs without joining them)', () => {
    const text = `${paragraph}.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n${Array.from({ length: 120 }, (_, i) => `từ${i}`).join(' ')}`;
    expect(fingerprintWords(prepareText(text, [{ start: 0, end: 40 }]).words)).toEqual(fingerprint(text));
  });
});
