// seeds/lexicons/direction.json
import { readJson } from './reader';

export interface DirectionLexicon {
  /** Cues that lift or relax a restriction ("nới lỏng", "mở lại", "giải quyết thuận lợi"). */
  easing: string[];
  /** Cues that restrict, close, require or step up ("tạm dừng", "cấm", "kiểm soát chặt chẽ"). */
  tightening: string[];
  /** Verbs of informing, preparing or reporting ("tuyên truyền", "chuẩn bị"): met first, they leave no direction. */
  neutral: string[];
  /** Cues matched only as written with their diacritics ("đóng cửa", not "động của"). */
  exact: string[];
  /**
   * A control stopped eases, though its verb tightens: "verbs" ("dừng", "giải thể", "không"), then any of
   * "between" ("hoạt động", "các", "yêu cầu"), then one of "controls" ("chốt kiểm soát", "khai báo y tế", "Ban Chỉ
   * đạo"): "Dừng hoạt động các chốt kiểm soát dịch", "Ngừng yêu cầu khai báo y tế", "Không xử phạt ...".
   */
  controlsStopped: { verbs: string[]; between: string[]; controls: string[] };
}

export function loadDirection(dir: string): DirectionLexicon {
  const r = readJson(dir, 'direction.json');
  const lists = {
    easing: r.strings('easing', { nonEmpty: true }),
    tightening: r.strings('tightening', { nonEmpty: true }),
    neutral: r.strings('neutral'),
  };
  const exact = r.strings('exact', { optional: true });
  const key = (w: string) => w.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
  // One cue, one direction: a phrase in two lists would make the result depend on list order.
  const seen = new Map<string, string>();
  for (const [field, words] of Object.entries(lists)) {
    words.forEach((w, i) => {
      const other = seen.get(key(w));
      if (other && other !== field) r.fail(`${field}[${i}]`, `"${w}" is also in ${other}`);
      seen.set(key(w), field);
    });
  }
  exact.forEach((w, i) => {
    if (!seen.has(key(w))) r.fail(`exact[${i}]`, `"${w}" is in none of easing, tightening, neutral`);
  });
  const stopped = r.nested('controlsStopped');
  const controlsStopped = { verbs: stopped.strings('verbs', { nonEmpty: true }), between: stopped.strings('between'), controls: stopped.strings('controls', { nonEmpty: true }) };
  return { ...lists, exact, controlsStopped };
}
