// One cheap scan of a sentence names the time rules that can match it; most sentences need one or two.
import type { RuleKey } from "./rule-kit.js";

// Every rule's pattern starts at a word boundary, so the trigger only tries word starts: the engine
// skips the other positions on one cheap test instead of trying a dozen alternatives at each.
const TRIGGER = new RegExp(
  `\\b(?:${[
    "((?:[Ff]iscal|[Ff]inancial|FY|(?:year|months|week) (?:ending|ended|ends|to|through) |first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months of ))",
    "(\\d{4}[/-]\\d{2}\\b)",
    "(Q[1-4]|[Qq]uarter)",
    "(H[12]\\b|[Hh]alf\\b)",
    "((?:[Bb]etween|[Ff]rom)\\s)",
    "(\\d{4}\\s?[-–]\\s?\\d{4})",
    "(\\d{1,3}0s\\b)",
    "((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))",
    "((?:1[89]|20)\\d{2}\\b)",
    "((?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast|[Pp]revious|[Cc]oming|[Cc]urrent)\\s|(?:[Yy]ear|[Mm]onth)[-\\s]to[-\\s]date)",
    "(ago\\b)",
    "((?:start|beginning|end) of (?:the|this|next) year|[Yy]ear[-\\s]end)",
    // Consumes "year" only: the "ago" after it triggers the "ago" rules too.
    "([Yy]ear(?=\\s+(?:ago|earlier|before)\\b|-(?:earlier|ago)\\b)|prior-(?=year\\b))",
    "((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight)\\b)",
  ].join("|")})`,
  // Case-sensitive on purpose: it lets the engine reject most positions on their first character.
  "g",
);

/** Rule keys in the order of TRIGGER's capture groups. */
const KEYS: RuleKey[] = [
  "fiscal", "splitYear", "quarter", "half", "between", "yearRange", "decade", "month", "year", "relative", "ago",
  "yearSpan", "yearBefore", "weekday",
];

export function triggeredRules(s: string): Set<RuleKey> {
  const keys = new Set<RuleKey>();
  TRIGGER.lastIndex = 0;
  for (let m = TRIGGER.exec(s); m; m = TRIGGER.exec(s)) {
    for (let g = 1; g <= KEYS.length; g++) if (m[g] !== undefined) keys.add(KEYS[g - 1]!);
  }
  // "the quarter ended June 28", "the half to March 31" are read by the fiscal rules too.
  if (keys.has("quarter") || keys.has("half")) keys.add("fiscal");
  return keys;
}

