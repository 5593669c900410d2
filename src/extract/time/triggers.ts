// One cheap scan of a sentence names the time rules that can match it; most sentences need one or two.
import { DAY_NAMES, MONTH_OPENINGS, YEAR_DIGITS } from "../lexicon/words.js";
import { triggerScanner } from "../trigger-scan.js";
import type { RuleKey } from "./rule-kit.js";

// Every rule's pattern starts at a word boundary, so the trigger only tries word starts: the engine
// skips the other positions on one cheap test instead of trying a dozen alternatives at each.
// Each entry is the trigger of one rule key.
const TRIGGERS: Record<RuleKey, string> = {
  fiscal:
    "(?:[Ff]iscal|[Ff]inancial|FY|(?:year|months|weeks?) (?:(?:that|which) )?(?:ending|ended|ends|to(?! date)|through) |(?:first|last|final) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}) (?:months|days|weeks) of |first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months,)",
  splitYear: "\\d{4}[/-]\\d{2}\\b",
  // Before "quarter", which would take the first seven letters of "quarters".
  quarters: "quarters\\b",
  quarter: "Q[1-4]|[Qq]uarter|[1-4]Q\\s?'?\\d{2}",
  half: "H[12]\\b|[Hh]alf\\b|[12]H\\s?'?\\d{2}",
  between: "(?:[Bb]etween|[Ff]rom)\\s",
  // Consumes the first year only: the second, and the first when the two are no span, are the year rules' too.
  yearRange: "\\d{4}(?=\\s?[-–]\\s?\\d{4})",
  decade: "\\d{1,3}0s\\b|[Dd]ecade\\b|years\\s+(?:to|through|end)",
  era: "\\d{1,2}(?:st|nd|rd|th)[-\\s]centur|(?:[Tt]his|[Ll]ast|[Nn]ext|current|previous|past)\\scentury|(?:[Ee]ighteenth|[Nn]ineteenth|[Tt]wentieth|[Tt]wenty-first)[-\\s]centur|Cold War|World War|(?:First|Second) World|[Pp]arliament\\b|Brexit|[Pp]andemic|Covid|[Cc]oronavirus|crisis\\b",
  month: `(?:${MONTH_OPENINGS})`,
  year: `${YEAR_DIGITS}\\b`,
  relative:
    "(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent)\\s|(?:[Yy]ear|[Mm]onth)[-\\s]to[-\\s]date|[Ww]eekend\\b|[Ff]ull[-\\s](?:fiscal\\s|financial\\s)?year\\b",
  // Consumes "over", "within" or "in" only: "next" after it triggers the relative rules too.
  over: "(?:[Oo]ver|[Ww]ithin|[Ii]n)(?=\\s+(?:the\\s+)?(?:next\\s+)?(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twenty)\\s+(?:years|months|decades)\\b)|[Ww]ithin(?=\\s+a\\s+(?:year|month|decade)\\b)",
  ago: "ago\\b",
  yearSpan:
    "(?:start|beginning|end) of (?:the|this|next|last) (?:year|decade|month)|(?:rest|remainder|balance) of (?:the|this) (?:fiscal |financial )?year|turn of (?:the|this) year|[Yy]ear[-\\s]end|(?:end(?:s|ed|ing)?|finish(?:es|ed|ing)?|clos(?:e|es|ed|ing)) the year\\b",
  // Consumes "year" only: the "ago" after it triggers the "ago" rules too.
  yearBefore: "[Yy]ear(?=\\s+(?:ago|earlier|before)\\b|-(?:earlier|ago)\\b)|prior-(?=year\\b)",
  weekday: `(?:${DAY_NAMES})\\b`,
  season: "(?:spring|summer|autumn|winter)\\b",
  holiday:
    "Christmas|Easter|Thanksgiving|Boxing Day|New Year['’]s|Good Friday|Black Friday|Cyber Monday",
};
const scan = triggerScanner(TRIGGERS, "\\b");

export function triggeredRules(s: string): Set<RuleKey> {
  const keys = scan(s);
  // "the quarter ended June 28", "the half to March 31" are read by the fiscal rules too.
  if (keys.has("quarter") || keys.has("half")) keys.add("fiscal");
  if (keys.has("yearRange")) keys.add("year");
  return keys;
}
