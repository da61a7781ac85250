// A time stated with a task is when the task is due (a deadline); the same words with a regime are when it is in
// force (a period). Completion verbs tell them apart: "hoàn thành ... trong 10 ngày" is due, "tạm dừng ... từ
// ngày 15/8 đến hết ngày 30/8/2021" is in force. Both deadlines.ts and periods.ts ask.

/** Verbs that make a time a task's limit rather than a regime's span (folded). */
export const COMPLETION = /(?:hoan[\s\u00a0]+thanh|xong|tra[\s\u00a0]+ket[\s\u00a0]+qua|bao[\s\u00a0]+cao|gui|trien[\s\u00a0]+khai|dam[\s\u00a0]+bao|bao[\s\u00a0]+dam|phan[\s\u00a0]+dau)/u;

/** Does a completion verb stand in the clause that leads to `at` (folded, up to 60 characters back)? */
export function completesBefore(folded: string, at: number): boolean {
  const lead = folded.slice(Math.max(0, at - 60), at);
  return COMPLETION.test(lead.slice(Math.max(0, lead.search(/[.;:][^.;:]*$/) + 1)));
}
