// A reprint cut from a provincial newspaper's or portal's page often keeps its web address ("(Baonghean.vn) -
// Chiều 5/8, ...", "Nguồn: baothanhhoa.vn", "nghean.gov.vn"), the paper's masthead ("BÁO ĐIỆN BIÊN PHỦ ĐIỆN
// TỬ") or its lead's credit ("(Cổng TTĐT tỉnh Hưng Yên) - ...") and names its province nowhere else: the address spells the province, without spaces or marks, after the
// paper's "bao" or alone; a provincial paper is named after its province or its capital.
import { districtsNamed } from '../../reference/districts';
import { loadProvinces, type ProvinceRecord } from '../../reference/provinces';
import { fold } from '../../text/fold';

// A district's or a department's site is a subdomain of its province's ("sadec.dongthap.gov.vn",
// "syt.thainguyen.gov.vn"): the province is the label before the suffix.
const ADDRESS = /(?<![\p{L}\p{N}.@-])(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9-]+\.)*?([a-z]+)\.(?:gov\.vn|com\.vn|org\.vn|vn)(?![\p{L}\p{N}])/giu;
/** What a provincial paper's address puts before its province: "baonghean", "baoquangninh". */
const PAPER = /^bao(?=[a-z]{4,})/;

const MIN_STEM = 5;

let byStem: Map<string, ProvinceRecord> | null = null;

function stems(): Map<string, ProvinceRecord> {
  if (!byStem) {
    byStem = new Map();
    for (const p of loadProvinces()) {
      for (const name of [p.name, ...p.aliases]) {
        const stem = fold(name).replace(/[^a-z]/g, '');
        // A stem this short ("hue") is a word of other addresses too.
        if (stem.length >= MIN_STEM) byStem.set(stem, p);
      }
    }
  }
  return byStem;
}

/** The province every web address in `text` spells, with the first such address; null when none does or they differ. */
export function provinceOfAddresses(text: string): { province: ProvinceRecord; address: string } | null {
  let found: { province: ProvinceRecord; address: string } | null = null;
  for (const m of text.matchAll(ADDRESS)) {
    const stem = m[1].toLowerCase();
    const province = stems().get(stem.replace(PAPER, '')) ?? stems().get(stem);
    if (!province) continue;
    if (found && found.province.code !== province.code) return null;
    found ??= { province, address: m[0] };
  }
  return found;
}

/** A masthead on a line of its own, folded: "bao", the paper's name, perhaps "điện tử" or "online". */
const MASTHEAD = /^bao[\s\u00a0]+([a-z][a-z\s\u00a0]{2,30}?)(?:[\s\u00a0]+(?:dien[\s\u00a0]+tu|online))?[\s\u00a0]*$/u;
/**
 * A lead's credit in brackets, folded: "(Cổng TTĐT tỉnh Hưng Yên) - Ngày 12/11, ...", "(Báo Hưng Yên) -": the
 * paper's or the provincial portal's name, with or without the unit word.
 */
const CREDIT = /^\((?:bao|cong[\s\u00a0]+(?:ttdt|thong[\s\u00a0]+tin[\s\u00a0]+dien[\s\u00a0]+tu))[\s\u00a0]+(?:tinh[\s\u00a0]+|thanh[\s\u00a0]+pho[\s\u00a0]+)?([a-z][a-z\s\u00a0]{2,30}?)[\s\u00a0]*\)/u;
/** How far down a page its masthead stands: above the headline. */
const MASTHEAD_LINES = 3;

/** The province a paper's masthead or a lead's credit names (its province, or its capital city), with that line; null if none. */
export function provinceOfMasthead(text: string): { province: ProvinceRecord; masthead: string } | null {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, MASTHEAD_LINES);
  for (const line of lines) {
    const credit = CREDIT.exec(fold(line));
    const m = MASTHEAD.exec(fold(line)) ?? credit;
    if (!m) continue;
    const masthead = credit ? line.slice(0, credit[0].length) : line;
    const name = m[1].trim();
    const byName = stems().get(name.replace(/[^a-z]/g, ''));
    if (byName) return { province: byName, masthead };
    // "Điện Biên Phủ", "Buôn Ma Thuột": a capital city the gazetteer places in one province.
    const cities = districtsNamed(name).filter((d) => d.kind === 'THANH_PHO');
    const codes = new Set(cities.map((d) => d.province));
    const province = codes.size === 1 ? loadProvinces().find((p) => p.code === cities[0].province) : undefined;
    if (province) return { province, masthead };
  }
  return null;
}
