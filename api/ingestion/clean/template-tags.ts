// A static site's page source keeps its template tags: a Hugo shortcode or a Liquid include that prints the
// letterhead from attributes ('{{< header-vanban coquan="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN" so="38/KH-UBND"
// ngay="08/02/2022" >}}'). Each attribute becomes a line "key: value", as a document's record prints its
// fields, so the record-field rules read the number and the date; a tag without attributes is nothing.
const TAG = /\{\{[<%]\s*[\w-]+((?:\s+[\w-]+\s*=\s*"[^"\n]*")*)\s*[>%]\}\}|\{%\s*[\w-]+((?:\s+[\w-]+\s*=\s*"[^"\n]*")*)\s*%\}/gu;
const ATTRIBUTE = /([\w-]+)\s*=\s*"([^"\n]*)"/gu;

export function unwrapTemplateTags(text: string): string {
  return text.replace(TAG, (_tag, hugo: string | undefined, liquid: string | undefined) =>
    [...(hugo ?? liquid ?? '').matchAll(ATTRIBUTE)].map((a) => `${a[1]}: ${a[2]}`).join('\n'),
  );
}
