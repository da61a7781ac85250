import fs from 'node:fs';
import path from 'node:path';
import { clean } from '../clean';
import { segmentClauses } from '../segment/clauses';
import { extractMetadata } from './index';
import { assertDirective } from './recognise';
import { IngestionError } from '../errors';

function check(source: string): void {
  const cleaned = clean(source);
  const clauses = segmentClauses(cleaned.text);
  assertDirective(cleaned, clauses, extractMetadata(cleaned, clauses));
}

function failure(source: string): IngestionError {
  try {
    check(source);
  } catch (e) {
    if (e instanceof IngestionError) return e;
    throw e;
  }
  throw new Error('expected the text to be refused');
}

describe('assertDirective', () => {
  it('accepts every seed rendition', () => {
    const corpus = path.join(__dirname, '../../../seeds/corpus');
    for (const file of fs.readdirSync(corpus)) {
      expect(() => check(fs.readFileSync(path.join(corpus, file), 'utf8'))).not.toThrow();
    }
  });

  it('refuses a recipe and names every missing signal', () => {
    const recipe = 'Cách nấu phở bò\n\nNguyên liệu gồm xương bò, bánh phở, hành, gừng và quế.\n\n1. Ninh xương trong 6 giờ.\n2. Trụng bánh phở, xếp thịt và chan nước dùng.';
    const e = failure(recipe);
    expect(e.code).toBe('NOT_A_DIRECTIVE');
    expect(e.message).toBe(
      'no recognisable directive: no document kind or number (THÔNG BÁO, CÔNG VĂN, "Số ..."); no issuing body (Tỉnh ủy, UBND, Ban Chỉ đạo...); no epidemic vocabulary (0 COVID-19/phòng, chống dịch terms)',
    );
  });

  it('refuses a news story about the epidemic that gives no instructions and has no issuer or number', () => {
    const story = 'Sáng nay, nhiều người dân đi tiêm vắc xin COVID-19 tại nhà văn hóa. Chị Lan cho biết chị rất vui vì đã được tiêm mũi 2. Các y bác sĩ làm việc vất vả dưới trời nắng.';
    expect(failure(story).message).toBe(
      'no recognisable directive: no document kind or number (THÔNG BÁO, CÔNG VĂN, "Số ..."); no issuing body (Tỉnh ủy, UBND, Ban Chỉ đạo...); no instructions (0 numbered clauses, 0 instruction verbs)',
    );
  });

  it('refuses an HTML page', () => {
    const html = '<html><head><title>Tin tức</title></head><body><div class="menu"><a href="/">Trang chủ</a></div><p>Phòng, chống dịch COVID-19</p></body></html>';
    expect(failure(html)).toMatchObject({
      code: 'NOT_A_DIRECTIVE',
      message: "no recognisable directive: the file is HTML markup (14 tags), not a directive's text",
    });
  });

  it('accepts a short unnumbered letter that has a number, an issuer and the epidemic as subject', () => {
    const letter = 'UBND TỈNH PHÚ YÊN\nSố: 300/UBND-KGVX\nV/v xét nghiệm COVID-19\n\nKính gửi: Sở Y tế.\n\nỦy ban nhân dân tỉnh giao Sở Y tế khẩn trương tổ chức xét nghiệm COVID-19 cho người về từ vùng dịch, báo cáo kết quả trước ngày 10/8/2021.';
    expect(() => check(letter)).not.toThrow();
  });
});
