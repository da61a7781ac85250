import { loadSeed } from '../evaluation/gold';
import { isKnownToken, renditionQuality, spoiledShare, syllableKey } from './quality';

// A made-up provincial notice, about 240 tokens, every one of them a dictionary syllable, number or acronym.
const CLEAN = [
  'Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện, thị xã, thành phố tiếp tục thực hiện nghiêm các biện pháp phòng, chống dịch COVID-19 trên địa bàn.',
  'Người dân hạn chế ra khỏi nhà khi không thật sự cần thiết, đeo khẩu trang khi đến nơi công cộng và giữ khoảng cách an toàn.',
  'Các cơ sở kinh doanh dịch vụ ăn uống chỉ được bán hàng mang về, không phục vụ tại chỗ.',
  'Sở Y tế chủ trì, phối hợp với các đơn vị liên quan tổ chức xét nghiệm cho người có biểu hiện ho, sốt, khó thở; bảo đảm đủ thuốc, vật tư và trang thiết bị cho các khu cách ly tập trung.',
  'Công an tỉnh tăng cường kiểm tra, xử lý nghiêm các trường hợp vi phạm quy định.',
  'Sở Giáo dục và Đào tạo hướng dẫn các trường học tổ chức dạy học phù hợp với tình hình thực tế của từng địa phương.',
  'Các cơ quan báo chí đẩy mạnh tuyên truyền để người dân hiểu rõ và chấp hành tốt các quy định.',
  'Thủ trưởng các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả thực hiện nhiệm vụ được giao từ ngày 15/8/2021.',
].join('\n');

// The same notice as a scan reads it: three tokens in about 240 misread, far apart.
const OCR = CLEAN.replace('nghiêm các biện', 'nghiêrn các biện').replace('cơ sở kinh', 'cơ sở kinli').replace('tuyên truyền', 'tuyên truvền');

const UNMARKED = CLEAN.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

// Its first three sentences typed in TCVN3 and read as Latin text, not converted.
const TCVN3 = [
  'ñy ban nh©n d©n tØnh yªu cÇu c¸c së, ban, ngµnh vµ ñy ban nh©n d©n c¸c huyÖn, thÞ x·, thµnh phè tiÕp tôc thùc hiÖn nghiªm c¸c biÖn ph¸p phßng, chèng dÞch COVID-19 trªn ®Þa bµn.',
  'Ng­êi d©n h¹n chÕ ra khái nhµ khi kh«ng thËt sù cÇn thiÕt, ®eo khÈu trang khi ®Õn n¬i c«ng céng vµ gi÷ kho¶ng c¸ch an toµn.',
  'C¸c c¬ së kinh doanh dÞch vô ¨n uèng chØ ®­îc b¸n hµng mang vÒ, kh«ng phôc vô t¹i chç.',
].join('\n');

// The same sentences in VNI and in VIQR, not converted either.
const VNI = [
  'UÛy ban nhaân daân tænh yeâu caàu caùc sôû, ban, ngaønh vaø UÛy ban nhaân daân caùc huyeän, thò xaõ, thaønh phoá tieáp tuïc thöïc hieän nghieâm caùc bieän phaùp phoøng, choáng dòch COVID-19 treân ñòa baøn.',
  'Ngöôøi daân haïn cheá ra khoûi nhaø khi khoâng thaät söï caàn thieát, ñeo khaåu trang khi ñeán nôi coâng coäng vaø giöõ khoaûng caùch an toaøn.',
].join('\n');
const VIQR = [
  "U?y ban nha^n da^n ti?nh ye^u ca^`u ca'c so+?, ban, nga`nh va` U?y ban nha^n da^n ca'c huye^.n, thi. xa~, tha`nh pho^' tie^'p tu.c thu+.c hie^.n nghie^m ca'c bie^.n pha'p pho`ng, cho^'ng di.ch COVID-19 tre^n ddi.a ba`n.",
  "Ngu+o+`i da^n ha.n che^' ra kho?i nha` khi kho^ng tha^.t su+. ca^`n thie^'t, ddeo kha^?u trang khi dde^'n no+i co^ng co^.ng va` giu+~ khoa?ng ca'ch an toa`n.",
  "Ca'c co+ so+? kinh doanh di.ch vu. a(n uo^'ng chi? ddu+o+.c ba'n ha`ng mang ve^`, kho^ng phu.c vu. ta.i cho^~.",
].join('\n');

describe('renditionQuality', () => {
  it('scores a clean text near 1', () => {
    expect(renditionQuality(CLEAN)).toBeGreaterThanOrEqual(0.97);
  });

  it('scores a scan with about one misread token in a hundred clearly lower', () => {
    const ocr = renditionQuality(OCR);
    expect(ocr).toBeLessThanOrEqual(0.92);
    expect(ocr).toBeGreaterThan(0.8);
    expect(renditionQuality(CLEAN) - ocr).toBeGreaterThanOrEqual(0.05);
  });

  it('scores a text that lost its marks at most 0.6, though its words are syllables', () => {
    expect(renditionQuality(UNMARKED)).toBeLessThanOrEqual(0.6);
    expect(renditionQuality(UNMARKED)).toBeGreaterThan(0.3);
  });

  it('scores an unconverted legacy-font text lowest of all', () => {
    const unmarked = renditionQuality(UNMARKED);
    for (const legacy of [TCVN3, VNI, VIQR]) {
      expect(renditionQuality(legacy)).toBeLessThan(0.1);
      expect(renditionQuality(legacy)).toBeLessThan(unmarked);
    }
  });

  it('scores the OCR of notice 370-TB/TU clearly below its portal text', () => {
    const ocr = renditionQuality(loadSeed('000_a3b2abe26640b73b').cleaned.text);
    const portal = renditionQuality(loadSeed('001_c0365480307932db').cleaned.text);
    expect(portal).toBeGreaterThanOrEqual(0.97);
    expect(ocr).toBeLessThan(0.95);
    expect(portal - ocr).toBeGreaterThanOrEqual(0.05);
  });

  it('stays within [0, 1] and counts numbers, acronyms, loanwords, list letters and codes as known', () => {
    expect(renditionQuality('')).toBe(1);
    expect(renditionQuality('xét nghiệm RT-PCR 15.000 mẫu, quét mã QR code, COVID-19, UBND')).toBe(1);
    expect(renditionQuality('điểm b khoản 2; các trường hợp F1, F2; lưu VT, TH4')).toBe(1);
    expect(renditionQuality('COYID Tửứi bừih kinli địnli')).toBe(0);
  });

  it('judges a short phrase token by token, as slogans need', () => {
    expect(renditionQuality('quy địnli')).toBe(0.5);
    expect(renditionQuality('không có COVID trong cộng đồng')).toBe(1);
    expect(renditionQuality('khônq có COVID trong cộng đồng')).toBeCloseTo(5 / 6, 5);
  });

  it('ignores where the tone mark sits and the i/y spelling of final vowels', () => {
    expect(syllableKey('hòa')).toBe(syllableKey('hoà'));
    expect(isKnownToken('hòa')).toBe(true);
    expect(isKnownToken('thủy')).toBe(true);
    expect(isKnownToken('sỹ')).toBe(true);
    expect(isKnownToken('hỷ')).toBe(true);
    expect(isKnownToken('kĩ')).toBe(true);
    expect(isKnownToken('Quảng')).toBe(true);
    expect(isKnownToken('TửứI')).toBe(false);
  });
});

describe('spoiledShare', () => {
  it('spoils a window of ten tokens around each unknown token, overlaps counted once', () => {
    const at = (n: number, unknown: number[]) => Array.from({ length: n }, (_, i) => unknown.includes(i));
    expect(spoiledShare(at(100, []))).toBe(0);
    expect(spoiledShare(at(100, [50]))).toBe(0.1);
    expect(spoiledShare(at(100, [20, 70]))).toBe(0.2);
    expect(spoiledShare(at(100, [50, 51]))).toBe(0.11);
    expect(spoiledShare(at(100, [0]))).toBe(0.06); // clipped at the start
  });

  it('narrows the window for short texts', () => {
    expect(spoiledShare([true, false])).toBe(0.5);
    expect(spoiledShare(Array.from({ length: 20 }, (_, i) => i === 10))).toBe(0.2);
  });
});
