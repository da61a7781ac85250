import { readSource, readSourceText, firstInvalidUtf8Byte } from './source';
import { IngestionError } from './errors';
import { toWindows1258 } from '../text/legacy-encode';

function failure(fn: () => unknown): IngestionError {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestionError) return e;
    throw e;
  }
  throw new Error('expected an IngestionError');
}

describe('readSource', () => {
  it('strips a BOM, normalises line endings and returns NFC', () => {
    // "Hóa" written with a combining acute accent (NFD), CRLF and lone CR line ends.
    const decomposed = 'Thanh Ho\u0301a\r\nngày 30\rtháng 9';
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(decomposed, 'utf8')]);
    expect(readSource(bytes)).toBe('Thanh Hóa\nngày 30\ntháng 9');
  });

  it('refuses an empty file and a whitespace-only file', () => {
    expect(failure(() => readSource(Buffer.alloc(0)))).toMatchObject({ code: 'EMPTY', message: 'file is empty' });
    expect(failure(() => readSource(Buffer.from(' \n\t\r\n')))).toMatchObject({
      code: 'EMPTY',
      message: 'file contains only whitespace',
    });
  });

  it('refuses a file above the limit and says how large it is', () => {
    const big = Buffer.alloc(Math.round(3.2 * 1024 * 1024), 0x61);
    expect(failure(() => readSource(big))).toMatchObject({
      code: 'TOO_LARGE',
      message: 'file is 3.2 MB; the limit is 2 MB',
    });
    expect(failure(() => readSource(Buffer.from('abcdef'), { maxBytes: 4 })).message).toBe(
      'file is 6 bytes; the limit is 4 bytes',
    );
  });

  it('refuses invalid UTF-8 and names the byte', () => {
    const bytes = Buffer.concat([Buffer.from('Số 11 ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' TB')]);
    expect(failure(() => readSource(bytes))).toMatchObject({
      code: 'NOT_TEXT',
      message: 'file is not UTF-8 text: invalid byte sequence at byte 8',
    });
  });

  it('refuses a Latin-1 file', () => {
    const latin1 = Buffer.from('Thông báo', 'latin1');
    expect(failure(() => readSource(latin1)).message).toBe('file is not UTF-8 text: invalid byte sequence at byte 2');
  });

  it('converts an 8-bit file typed in a legacy Vietnamese font instead of refusing it', () => {
    // Made-up lines as a TCVN3 (.VnTime) and a VNI (VNI-Times) word processor saved them, CRLF line ends.
    const tcvn3 = Buffer.from('C¨n cø t×nh h×nh thùc tÕ, c¸c x· t¹m dõng chî ®ªm\r\ntõ ngµy 5/8/2021 ®Õn khi cã th«ng b¸o míi.', 'latin1');
    expect(readSourceText(tcvn3)).toEqual({
      text: 'Căn cứ tình hình thực tế, các xã tạm dừng chợ đêm\ntừ ngày 5/8/2021 đến khi có thông báo mới.',
      encoding: 'TCVN3',
    });
    const vni = Buffer.from('Caên cöù tình hình thöïc teá, caùc xaõ taïm döøng chôï ñeâm\r\ntöø ngaøy 5/8/2021 ñeán khi coù thoâng baùo môùi.', 'latin1');
    expect(readSourceText(vni)).toEqual({
      text: 'Căn cứ tình hình thực tế, các xã tạm dừng chợ đêm\ntừ ngày 5/8/2021 đến khi có thông báo mới.',
      encoding: 'VNI',
    });
    expect(readSource(vni)).toBe(readSourceText(vni).text);
  });

  it('reads a text file Vietnamese Windows saved as "ANSI" (Windows-1258), and refuses another language\'s Latin-1', () => {
    const lines = 'Căn cứ tình hình thực tế, các xã tạm dừng chợ đêm, quán ăn đường phố\r\ntừ ngày 5/8/2021 đến khi có thông báo mới; người dân hạn chế ra khỏi nhà.';
    // Tones are bytes of their own after their letters: "ệ" is "ê" (0xEA) then the dot below (0xF2).
    expect([...toWindows1258('Việt')]).toEqual([0x56, 0x69, 0xea, 0xf2, 0x74]);
    expect(readSourceText(toWindows1258(lines))).toEqual({ text: lines.replace('\r\n', '\n'), encoding: 'WINDOWS_1258' });
    const french = Buffer.from('La préfecture a décidé que les écoles seront fermées jusqu\'à la fin du mois; les cafés, théâtres et musées également.', 'latin1');
    expect(failure(() => readSource(french))).toMatchObject({ code: 'NOT_TEXT' });
  });

  it('reads a UTF-16 file by its byte order mark (Notepad\'s "Unicode"), and refuses one that breaks off', () => {
    const text = 'Số: 61/TB-UBND\r\nTạm dừng hoạt động các cơ sở karaoke.';
    const little = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(readSourceText(little)).toEqual({ text: 'Số: 61/TB-UBND\nTạm dừng hoạt động các cơ sở karaoke.', encoding: null });
    const big = Buffer.from(little);
    big.swap16();
    expect(readSource(big)).toBe(readSource(little));
    expect(failure(() => readSource(little.subarray(0, little.length - 1)))).toMatchObject({
      code: 'NOT_TEXT',
      message: 'file is not text: it starts as UTF-16LE and breaks off (an odd byte or a lone surrogate)',
    });
    // Without the mark, NUL bytes are binary data.
    expect(failure(() => readSource(little.subarray(2))).message).toBe('file is not text: it contains a NUL byte at byte 1 (binary data)');
  });

  it('says a UTF-8 file was not converted', () => {
    expect(readSourceText(Buffer.from('Thông báo', 'utf8'))).toEqual({ text: 'Thông báo', encoding: null });
  });

  it('refuses NUL bytes and a high share of control characters', () => {
    expect(failure(() => readSource(Buffer.from([0x41, 0x42, 0x00, 0x43]))).message).toBe(
      'file is not text: it contains a NUL byte at byte 2 (binary data)',
    );
    const noisy = Buffer.from('ab\u0001\u0002\u0003cd\u0004\u0005efgh', 'utf8');
    expect(failure(() => readSource(noisy))).toMatchObject({
      code: 'NOT_TEXT',
      message: 'file is not text: 38% of its characters are control characters',
    });
  });

  it('drops a rare stray control character and turns form feeds into paragraph breaks', () => {
    const text = 'a'.repeat(200) + '\u0007' + '\fb';
    expect(readSource(Buffer.from(text, 'utf8'))).toBe('a'.repeat(200) + '\n\nb');
  });
});

describe('firstInvalidUtf8Byte', () => {
  it('finds overlong, truncated and surrogate sequences', () => {
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8Byte(Buffer.from([0x61, 0x62, 0xe1, 0xbb]))).toBe(2); // truncated
    expect(firstInvalidUtf8Byte(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(firstInvalidUtf8Byte(Buffer.from('ổn định', 'utf8'))).toBe(Buffer.byteLength('ổn định'));
  });
});
