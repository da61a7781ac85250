import { locatePages, pageAt } from './pages';

describe('locatePages and pageAt', () => {
  const pages = ['Thông báo\nNội dung trang một.', '2\nTiếp tục thực hiện nghiêm phương châm bốn tại chỗ.', 'Nơi nhận: các sở, ngành.'];
  const cleaned = 'Thông báo Nội dung trang một. Tiếp tục thực hiện nghiêm phương châm bốn tại chỗ. Nơi nhận: các sở, ngành.';

  it('finds each page by its first words, passing over a page number', () => {
    expect(locatePages(cleaned, pages)).toEqual([0, cleaned.indexOf('Tiếp tục'), cleaned.indexOf('Nơi nhận')]);
  });

  it('puts an offset on the page it falls on', () => {
    const starts = locatePages(cleaned, pages);
    expect([0, cleaned.indexOf('phương châm'), cleaned.indexOf('ngành')].map((offset) => pageAt(starts, offset))).toEqual([1, 2, 3]);
  });

  it('says nothing rather than a wrong page where a boundary was not found', () => {
    const starts = locatePages(cleaned, [pages[0], 'Trang bị mất khi làm sạch', pages[2]]);
    expect(starts).toEqual([0, null, cleaned.indexOf('Nơi nhận')]);
    expect(pageAt(starts, 3)).toBeNull();
    expect(pageAt(starts, cleaned.indexOf('ngành'))).toBe(3);
  });
});
