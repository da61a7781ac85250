// clean(): from a rendition's source text to the CleanedText every offset in the platform points into.
// Steps run in a fixed order; each is a module of its own and runs on every format it can apply to.
import type { CleanedText } from '../document';
import { nfc } from '../../text/fold';
import { detectFormat, hasMarkdown, hasPortalMarks } from './detect-format';
import { stripMarkdown } from './markdown';
import { stripPortalBoilerplate } from './portal';
import { dropDecorativeLines } from './decoration';
import { measureWrap } from './hard-wrap';
import { joinLines } from './ocr-lines';
import { normaliseWhitespace } from './whitespace';

export { detectFormat } from './detect-format';

export function clean(source: string): CleanedText {
  const input = normaliseWhitespace(nfc(source).replace(/\r\n?/g, '\n'));
  const format = detectFormat(input);

  let text = input;
  // Markdown marks are removed wherever they occur (a portal page saved as markdown has them too).
  if (format === 'MARKDOWN' || hasMarkdown(text)) text = stripMarkdown(text);
  // The footer cut is safe on any format: its vocabulary is not directive prose. The byline rule is not,
  // so it only runs on portal articles.
  text = stripPortalBoilerplate(text, { article: format === 'PORTAL' || hasPortalMarks(text) });
  text = dropDecorativeLines(normaliseWhitespace(text));
  text = joinLines(text, measureWrap(text));
  return { format, text: nfc(normaliseWhitespace(text)) };
}
