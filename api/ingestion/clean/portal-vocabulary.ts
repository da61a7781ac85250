// Words that government and news portals put around an article: navigation, widgets, hit counters, legal
// footer. Written folded (lower case, no diacritics) because they are matched against fold(line).
// Extend these lists when a new portal's boilerplate slips through; they are generic, not one site's.

/** A line starting with one of these opens the site's navigation/footer block after the article. */
export const FOOTER_OPENERS: readonly string[] = [
  'tim kiem',
  'tin lien quan',
  'tin khac',
  'cac tin khac',
  'tin cung chuyen muc',
  'tin moi',
  'tin moi nhat',
  'tin da dua',
  'bai viet lien quan',
  'bai lien quan',
  'xem them',
  'doc them',
  'chuyen muc',
  'tin tieu diem',
  'tin noi bat',
  'tin so ban nganh',
  'lich cong tac',
  'website lien ket',
  'lien ket website',
  'lien ket',
  'thong ke truy cap',
  'luot truy cap',
  'so luot truy cap',
  'dang truy cap',
  'dang online',
  'truy cap hom nay',
  'ban quyen',
  'copyright',
  'giay phep xuat ban',
  'giay phep thiet lap',
  'giay phep so',
  'co quan chu quan',
  'chiu trach nhiem chinh',
  'chiu trach nhiem noi dung',
  'ghi ro nguon',
  'chia se',
  'in bai viet',
  'gui email',
  've dau trang',
  'tro ve',
  'so do cong',
  'so do trang',
  'so do website',
  'ban do',
  'dang nhap',
  'y kien ban doc',
  'binh luan',
];

/** Hit counters: "Hôm nay: 10732", "Đã truy cập: 33319684". */
export const HIT_COUNTER = /^(?:hom nay|hom qua|tuan nay|thang nay|tat ca|tong(?: so)?(?: luot)?(?: truy cap)?|da truy cap|dang truy cap|dang online|luot truy cap|so luot truy cap|truy cap)\s*:?\s*[\d.,\s]+$/;

/**
 * One count of a post's readers: "5.612 lượt xem", "87 lượt chia sẻ", "Chia sẻ: 87". A portal's "Lượt xem: 3.127"
 * stays a line of the page's byline, which the header and signer rules read (lost-breaks.ts, signer.ts): taken out
 * of a page rendered as HTML, it cost the page its issuer.
 */
const READER_COUNT = String.raw`(?:[\d.,]+k?\s*(?:luot xem|luot doc|luot chia se|luot thich|luot binh luan)|(?:luot chia se|chia se)\s*:\s*[\d.,]+k?)`;
/** A line of nothing but reader counts, set apart by dots or bars: "5.612 lượt xem · 87 lượt chia sẻ". */
export const READER_COUNTS = new RegExp(`^${READER_COUNT}(?:\\s*[·•|,]\\s*${READER_COUNT})*$`);

/**
 * A law library's or portal's tool bar: a line of nothing but its buttons, "VĂN BẢN GỐC (PDF) | TẢI VỀ | IN",
 * "Lưu | Theo dõi văn bản | Tiếng Anh".
 */
export const TOOLBAR = /^(?:(?:van ban goc|ban goc|tai ve|tai van ban|tai file|tai xuong|in|in an|in van ban|luu|luu van ban|theo doi(?: van ban)?|chia se|tieng anh|tieng viet|pdf|word|doc|docx|thuoc tinh|luoc do|noi dung|noi dung toan van|hieu luc|phong to|thu nho)\s*(?:\((?:pdf|word|doc|docx)\))?\s*(?:[|•·/]\s*|$))+$/;

/**
 * A social network's reaction and action bar under a post or comment, reactions' emoji removed:
 * "2,1K · 386 bình luận · 1,2K lượt chia sẻ", "Thích · Bình luận · Chia sẻ", "Thích · Phản hồi · 9 giờ", or its
 * items set apart by spaces ("1,2K    156 bình luận    89 lượt chia sẻ"). What follows it is readers' comments, not the directive.
 */
export const SOCIAL_BAR =
  /^(?:(?:[\d.,]+k?\s*)?(?:luot thich|thich|binh luan|luot binh luan|luot chia se|chia se|phan hoi|tra loi|\d+\s*(?:giay|phut|gio|ngay|tuan))?(?:\s*[·•|]\s*|\s))+(?:[\d.,]+k?\s*)?(?:luot thich|thich|binh luan|luot binh luan|luot chia se|chia se|phan hoi|tra loi|\d+\s*(?:giay|phut|gio|ngay|tuan))$/;

/** Copyright and licence lines, wherever they are. */
/** A site's navigation under its name: links apart by bars ("Trang chủ | Giới thiệu | Tin tức"). */
export const NAVIGATION = /\|[^|]*\|/;
/** A page's path to the article: "Trang chủ / Tin tức / Chỉ đạo điều hành", "Tin tức » Thời sự". */
export const BREADCRUMB = /\S[ \u00a0]+[/>»›][ \u00a0]+\S/u;

export const LEGAL_LINE = /^(?:©|\(c\)|ban quyen|copyright|giay phep (?:xuat ban|thiet lap|so)|ghi ro nguon)/;

/** A portal article's dateline: "28/09/2021 16:45", "Thứ Ba, 28/09/2021 | 16:45", "Cập nhật: 28/09/2021 16:45 CH". */
export const ARTICLE_DATELINE = new RegExp(
  [
    String.raw`^(?:(?:cap nhat|ngay dang|dang ngay|dang luc|ngay)\s*:?\s*)?(?:(?:thu \w+|chu nhat),?\s*)?`,
    String.raw`(?:\d{1,2}\/\d{1,2}\/\d{4}\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:sa|ch|am|pm|gmt[+\d]*))?`,
    String.raw`|\d{1,2}:\d{2}(?::\d{2})?\s*[-|,]?\s*(?:(?:thu \w+|chu nhat),?\s*)?\d{1,2}\/\d{1,2}\/\d{4})$`,
  ].join(''),
);

/** The reporter's byline closing an article: "PV", "TTXVN", "PV (tổng hợp)", "Theo Báo Quảng Ninh", "Nguồn: ...". */
export const BYLINE = /^(?:(?:pv|btv|ctv|bbt|ttxvn|ttx)(?:\s*[-,(].{0,40})?|(?:theo|nguon|tin|tin, anh|anh|bai, anh)\s*:?\s+.{1,60})$/;
