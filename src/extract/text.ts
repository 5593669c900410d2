// Small text measures shared by stages.
import { MONTH_SPELLINGS } from "./lexicon/words.js";

/** Words in the text (runs between spaces), counting no further than `max`. */
export function wordCount(text: string, max: number): number {
  let n = 0;
  for (let i = text.indexOf(" "); i >= 0 && n < max; i = text.indexOf(" ", i + 1)) n++;
  return text.trim() ? n + 1 : 0;
}

// A wire story's dateline: "WASHINGTON (AP) — ", "LONDON, Oct 4 (Reuters) - ", "KYIV, Ukraine — ", and the
// AP's plain-text "MOSCOW (AP)_ ", "WASHINGTON _ ". Where it was
// filed, not what is claimed; a city in capitals before an em dash too ("SYDNEY — Qantas …"). Initials and a
// dash alone ("NATO — the alliance …") are no dateline.
const DATELINE =
  /^[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}(?:,\s+[A-Z][a-z.]+(?:\s+[A-Z][a-z.]+)?(?:\s+\d{1,2})?)?(?:\s*\([A-Za-z.&\s-]{2,30}\))?(?:\s*[—–_-]{1,2}|:)\s+/;
// "Oct 29 (Reuters) - Alphabet reported …": a wire's dateline for a story filed from no one city.
const DAY_DATELINE = new RegExp(
  `^(?:${MONTH_SPELLINGS})\\.?\\s+\\d{1,2}\\s*\\([A-Za-z.&\\s-]{2,30}\\)\\s*[—–-]{1,2}\\s+`,
);
// "Cape Town – South Africa recorded …", "Pretoria - The Treasury said …": South African papers write the
// city in title case before a spaced dash. Not a dash that opens an aside closed further on ("Eskom – which
// supplies 90% of power – said").
// Indian papers write it before a colon: "Mumbai: Tata Motors on Friday reported …".
const TITLE_DATELINE = /^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?:\s[–-]|:)\s(?=[A-Z])/;
const ASIDE_CLOSED = /\s[–-]\s/;
/** How long the dateline opening `piece` is, or 0. */
export const datelineOf = (piece: string): number => {
  const day = DAY_DATELINE.exec(piece);
  if (day) return day[0].length;
  const titled = TITLE_DATELINE.exec(piece);
  if (titled) return ASIDE_CLOSED.test(piece.slice(titled[0].length)) ? 0 : titled[0].length;
  const m = DATELINE.exec(piece);
  // "SYDNEY (Reuters) -", "HOUSTON, Texas -", or a city in capitals before a dash ("SYDNEY — Qantas",
  // "SINGAPORE - Prices", "NEW DELHI - India's", or before a colon as Malaysian and Indian papers write it:
  // "KUALA LUMPUR: Exports"), longer than the initials that open sentences so ("NATO
  // — the alliance").
  return m &&
    (/[(,]/.test(m[0]) ||
      /^(?:[A-Z]{2,}(?:\s+[A-Z]{2,})+|[A-Z]{5,})(?:\s*—|\s[-–_]|:)\s/.test(m[0]))
    ? m[0].length
    : 0;
};
