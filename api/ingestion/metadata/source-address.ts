// A reprint cut from a provincial newspaper's or portal's page often keeps its web address ("(Baonghean.vn) -
// Chiều 5/8, ...", "Nguồn: baothanhhoa.vn", "nghean.gov.vn") and names its province nowhere else: the address
// spells the province, without spaces or marks, after the paper's "bao" or alone.
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
