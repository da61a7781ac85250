// A portal's RSS or Atom feed pasted as raw XML: a channel's furniture (title, link, build date, ttl) around
// items, each a document's title and its text inside <description> or <content>, often as CDATA holding
// HTML. The directive is the item with the most text; the other items are other documents of the feed, like
// a "Văn bản khác" list. Its title and text become the text; the HTML inside is laid out by html-fragments.
const FEED = /^\s*(?:<\?xml[^>]*>\s*)?<(?:rss|feed)\b/i;
const ITEM = /<(item|entry)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

function element(item: string, names: string[]): string {
  for (const name of names) {
    const m = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`, 'i').exec(item);
    if (m) return m[1].replace(CDATA, '$1').trim();
  }
  return '';
}

export function unwrapFeed(text: string): string {
  if (!FEED.test(text)) return text;
  const items = [...text.matchAll(ITEM)].map((m) => ({
    title: element(m[2], ['title']),
    body: element(m[2], ['content:encoded', 'content', 'description', 'summary']),
  }));
  if (items.length === 0) return text;
  const main = items.reduce((best, item) => (item.body.length > best.body.length ? item : best));
  return [main.title, main.body].filter((part) => part !== '').join('\n\n');
}
