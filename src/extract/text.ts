// Small text measures shared by stages.

/** Words in the text (runs between spaces), counting no further than `max`. */
export function wordCount(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf(" "); i >= 0 && n < max; i = text.indexOf(" ", i + 1)) n++;
  return text.trim() ? n + 1 : 0;
}
