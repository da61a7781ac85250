// A portal's API answer pasted raw: one JSON object whose string fields hold the article ("title", "sapo",
// "content" with "\n" escapes) among ids, slugs, links, counters and timestamps. The text is the fields
// written in words, in the order the object gives them, each a paragraph; a field without a space (an id, a
// slug, a link, a timestamp, a file name) is no text, and neither is the page's furniture.

// Fields of the page around the article: related links, tags, categories, the author's byline, comments.
const FURNITURE_KEY = /^(?:related|tags?$|categor|author|comments?$|breadcrumb|menu|seo|meta)/iu;

function wordsIn(value: unknown, out: string[]): void {
  if (typeof value === 'string') {
    const text = value.trim();
    if (/\s/u.test(text) && !/^(?:https?:|\/)\S*$/u.test(text)) out.push(text);
  } else if (Array.isArray(value)) {
    for (const item of value) wordsIn(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) if (!FURNITURE_KEY.test(key)) wordsIn(item, out);
  }
}

export function unwrapJson(text: string): string {
  const trimmed = text.trim();
  if (!/^[[{]/u.test(trimmed) || !/[\]}]$/u.test(trimmed)) return text;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return text;
  }
  const out: string[] = [];
  wordsIn(parsed, out);
  return out.length > 0 ? out.join('\n\n') : text;
}
