// A directive retyped or pasted into a forum thread and copied with the post's BBCode source ("[b]ỦY BAN NHÂN
// DÂN[/b]", "[list][*]...[/list]", "[quote]...[/quote]"). The tags are what the forum prints, not the text's
// words, and the thread is the forum's: among posts opened by their number and time ("#2 28/04/2020, 09:02
// user: ..."), the longest is the document's and the replies are readers' (their figures, "công ty em 1.200
// người", are no one's orders); when one quoted block holds most of that post, it is the document and the
// poster's remarks around it are not.

/** The tags of phpBB, vBulletin and XenForo that wrap words; a tag with a value ("[size=150]") included. */
const TAG_NAMES = 'b|i|u|s|center|left|right|justify|indent|quote|list|size|color|colour|font|spoiler|code|table|tr|td|h|url|img|email';
const TAG = new RegExp(String.raw`\[\/?(?:${TAG_NAMES})(?:=[^\]\n]*)?\]`, 'giu');
const CLOSING_TAG = new RegExp(String.raw`\[\/(?:${TAG_NAMES})\]`, 'iu');
/** Fewer tags than this and square brackets are the text's own ("[1]", "[đã ký]"). */
const MIN_TAGS = 3;

const IMAGE = /\[img(?:=[^\]\n]*)?\][\s\S]*?\[\/img\]/giu;
const LINK_WITH_LABEL = /\[url=[^\]\n]*\]([\s\S]*?)\[\/url\]/giu;
const LIST_ITEM = /\[\*\][ \t]*/gu;
const QUOTE = /\[quote(?:=[^\]\n]*)?\]([\s\S]*?)\[\/quote\]/giu;
/** Share of its post a quoted block must hold to be taken for the document. */
const QUOTE_SHARE = 0.5;

/** A post's first line: its number in the thread, then when it was posted ("#2 28/04/2020, 09:02 ..."). */
const POST_HEADER = /^[ \t]*#\d{1,5}[ \t]+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+\d{1,2}:\d{2}\b[^\n]*$/gmu;

function hasForumTags(text: string): boolean {
  const tags = text.match(TAG);
  return tags !== null && tags.length >= MIN_TAGS && CLOSING_TAG.test(text);
}

/** The longest post of a thread, without its header line (a lone post without it too). */
function longestPost(text: string): string {
  const starts = [...text.matchAll(POST_HEADER)];
  if (starts.length === 0) return text;
  if (starts.length === 1) return text.slice(0, starts[0].index) + text.slice(starts[0].index + starts[0][0].length);
  const posts = starts.map((m, i) => text.slice(m.index + m[0].length, i + 1 < starts.length ? starts[i + 1].index : text.length));
  return posts.reduce((best, post) => (post.trim().length > best.trim().length ? post : best));
}

function stripTags(text: string): string {
  return text
    .replace(IMAGE, '')
    .replace(LINK_WITH_LABEL, '$1')
    .replace(/^([ \t]*)\[\*\][ \t]*/gmu, '$1- ')
    .replace(LIST_ITEM, '\n- ')
    .replace(TAG, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/u, ''))
    .join('\n');
}

export function unwrapForumPost(text: string): string {
  if (!hasForumTags(text)) return text;
  const post = longestPost(text);
  const quoted = [...post.matchAll(QUOTE)].map((m) => m[1]);
  const main = quoted.reduce((best, q) => (q.length > best.length ? q : best), '');
  return stripTags(main.length >= QUOTE_SHARE * post.length ? main : post);
}
