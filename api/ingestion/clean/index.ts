// clean(): from a rendition's source text to the CleanedText every offset in the platform points into.
// Steps run in a fixed order; each is a module of its own and runs on every format it can apply to.
import type { CleanedText } from '../document';
import { nfc, storable } from '../../text/fold';
import { convertLegacy, detectLegacyEncoding } from '../../text/legacy-encoding';
import { detectFormat, hasMarkdown, hasPortalMarks } from './detect-format';
import { unwrapHtmlPage } from './html-page';
import { unwrapHtmlFragments } from './html-fragments';
import { unwrapFeed } from './feed';
import { unwrapCsv } from './csv';
import { unwrapJson } from './json-document';
import { unescapeBreaks } from './escaped-breaks';
import { unwrapSubtitles } from './subtitles';
import { unwrapTemplateTags } from './template-tags';
import { unwrapLatex } from './latex';
import { unwrapMediaWiki } from './mediawiki';
import { unwrapOutlineMarkup } from './outline-markup';
import { unwrapForumPost } from './forum-post';
import { unwrapMailSource } from './mail-source';
import { unwrapRtf } from './rtf';
import { unwrapMailQuotes } from './mail-quotes';
import { unwrapChatExport } from './chat-export';
import { unwrapUnifiedDiff } from './unified-diff';
import { unwrapLineNumbers } from './line-numbers';
import { restoreLostBreaks } from './lost-breaks';
import { stripMarkdown } from './markdown';
import { stripPortalBoilerplate } from './portal';
import { dropDecorativeLines, plainBullets } from './decoration';
import { dropPageFurniture } from './page-furniture';
import { splitTableCells, unmarkCells } from './table-cells';
import { measureWrap } from './hard-wrap';
import { joinLines } from './ocr-lines';
import { repairGarbledNumbers } from './garbled-numbers';
import { replaceGlyphStandIns } from './glyph-stand-ins';
import { repairMisreadLetters } from './misread-letters';
import { normaliseWhitespace } from './whitespace';
import { splitClosingColumns } from './closing-columns';

export { detectFormat } from './detect-format';

// Containers a text arrives in, read in this order, each leaving any other text as it is: a commit's diff
// becomes the file it leaves (whatever that file holds), a mail's source its fullest text part decoded, Rich
// Text Format its text, a page saved whole from a browser its article (whatever that article holds), a page
// source's template tags their attributes, a feed its fullest item, a portal's
// JSON answer its fields in words, a program's string its escaped line breaks, subtitles their speech, a CSV
// export its rows, LaTeX, wiki, AsciiDoc, Org and forum source what they print (a forum thread the post that
// holds the document), a mail's quoted message and a chat export's messages their lines without quote marks or
// stamps, a code viewer's copy its lines without their numbers, a header pasted as an HTML table is laid out,
// and a text whose line breaks were lost gets them back.
const CONTAINERS: readonly ((text: string) => string)[] = [
  unwrapUnifiedDiff,
  unwrapMailSource,
  unwrapRtf,
  unwrapJson,
  // A database's string may hold a page, a template or a feed: its escapes are read back before them.
  unescapeBreaks,
  unwrapHtmlPage,
  unwrapTemplateTags,
  unwrapFeed,
  unwrapSubtitles,
  unwrapCsv,
  unwrapLatex,
  unwrapMediaWiki,
  unwrapOutlineMarkup,
  unwrapForumPost,
  unwrapMailQuotes,
  unwrapChatExport,
  unwrapLineNumbers,
  unwrapHtmlFragments,
  restoreLostBreaks,
];

export function clean(source: string): CleanedText {
  // A text typed in a legacy font and read as Latin text becomes Unicode before any step reads its words
  // (and before whitespace normalisation drops the soft hyphen that is TCVN3's "ư").
  const unicode = nfc(source);
  const legacy = detectLegacyEncoding(unicode);
  // Lookalike letters read back leave combining marks to compose with them.
  const converted = nfc(replaceGlyphStandIns(legacy ? convertLegacy(unicode, legacy.encoding) : unicode));
  // What the text arrived in is unwrapped first, so every later step sees the text's own lines.
  let unwrapped = storable(CONTAINERS.reduce((text, unwrap) => unwrap(text), converted.replace(/\r\n?/g, '\n')));
  // A container's own escapes can hide a legacy font's text until it is unwrapped (RTF's "\u" codes, a mail's
  // quoted-printable): such text is converted once it shows, before whitespace normalisation too.
  const inner = legacy ? null : detectLegacyEncoding(unwrapped);
  if (inner) unwrapped = nfc(replaceGlyphStandIns(convertLegacy(unwrapped, inner.encoding)));
  // The foot's two columns are told apart by their spacing, which whitespace normalisation drops.
  const input = normaliseWhitespace(splitClosingColumns(unwrapped));
  const format = detectFormat(input);

  let text = input;
  // Markdown marks are removed wherever they occur (a portal page saved as markdown has them too).
  if (format === 'MARKDOWN' || hasMarkdown(text)) text = stripMarkdown(text);
  // The footer cut is safe on any format: its vocabulary is not directive prose. The byline rule is not,
  // so it only runs on portal articles.
  text = stripPortalBoilerplate(text, { article: format === 'PORTAL' || hasPortalMarks(text) });
  text = dropDecorativeLines(normaliseWhitespace(splitTableCells(plainBullets(dropPageFurniture(text)))));
  // Before joining lines: a repaired "Số 212/UBND-VX" is recognised as the start of a block.
  text = repairGarbledNumbers(text);
  text = unmarkCells(joinLines(text, measureWrap(text)));
  // Last, one letter for one, so the spans of the words read back point into the text returned.
  const read = repairMisreadLetters(nfc(normaliseWhitespace(text)));
  return { format, text: read.text, encoding: legacy?.encoding ?? inner?.encoding ?? null, misreadWords: read.repaired };
}
