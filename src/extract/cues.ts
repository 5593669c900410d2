// Cue words that decide a claim's kind, its hedging and tense, and whether a sentence is opinion.
// One scan of a sentence finds them all: a regex per cue family cost more than the rest of extraction.
import { CHANGE_CUE_WORDS } from "./lexicon/words.js";

export type Cue =
  | "projection"
  | "future"
  | "attribution"
  | "change"
  | "comparison"
  | "ranking"
  | "causal"
  | "hedge"
  | "rhetoric"
  | "speculation"
  | "first_person";

// Order matters where phrases share a start: at one position the first family that matches wins, so
// longer phrases ("will depend on", "more than 5") come before the words they begin with.
const FAMILIES: [Cue[], string][] = [
  [
    ["rhetoric"],
    "highlights? the (?:challenges|importance|need|complexity|risks?|difficulties)|remains to be seen|yet to be seen|anyone['’]s guess|only time will tell|will depend (?:not (?:just|only) )?on|depends? (?:not (?:just|only) )?on|long road ahead|a complex (?:environment|landscape|picture)|it is (?:clear|important|worth noting|unclear) (?:that|whether)|raises? (?:questions|concerns) about|serves? as a reminder|underscores? the|the goal is to|play(?:s|ed)? an? (?:key |major |significant |crucial |pivotal |important )?role|at a crossroads|a double-edged sword|the road ahead|time will tell|let['’]s (?:take a (?:closer |quick )?look|look at|dive in|break (?:it|this) down)|remains? (?:unclear|uncertain|an open question)|it(?:['’]s| is| was| remains) (?:not (?:yet )?clear|unclear|uncertain) (?:whether|if|how|when|what|why|who)|(?:is|was|would be|will be|marks?|marked|represents?|represented) an? (?:[a-z]+ ){0,2}(?:blow|boost|setback|coup|embarrassment|headache|wake-up call|turning point|game[- ]changer) (?:to|for)|the (?:big |key |real |bigger |central )?question (?:now )?(?:is|remains) (?:whether|what|how|when|why|who)|all eyes (?:are|will be) on",
  ],
  [[], "(?:more|less|fewer|greater|higher|lower) than(?=\\s+[$£€¥\\d])"],
  [
    ["projection", "future"],
    // "expects sales to reach", "expects full-year profit of about £2.9 billion", "they predict the rate to
    // slip", "said Apple expected revenue to grow", "said the airport expected 84.2 million passengers", "said
    // she expected Azure growth of 28% to 29% in the March quarter", "said in January that Apple expected
    // revenue growth in the March quarter", "He estimated Apple would sell about 22 million units", "wrote
    // that it would buy back up to €100 million of shares" (a figure it would reach; "said it would appeal" is
    // no forecast), "prices could rise 3%": the verbs look ahead ("had expected the rate to rise" is what was
    // expected of the period reported, "a stronger-than-expected 56,300" a result). Each cue ends on a word
    // ("$" opens none), and a look behind follows the word it needs, so the scan tries it only there.
    "will|(?:could|may|might)\\s+(?:rise|fall|grow|reach|increase|decline|hit|top|exceed|double|drop|climb|jump|slow|ease|shrink|expand)\\b|(?:is|are|was|were) expected to|expects?|predicts?|anticipates?|(?:has |have )?(?:pledged|promised|vowed|committed) to|(?:has |have )?promised (?:an?|the) |(?:pledges|promises|vows) to|plans? to|aims? to|is set to|are set to|is likely to|are likely to|projected to|(?:is|are|was|were) forecast to|expected(?<!\\b(?:had|than|as)[\\s-]expected)(?:\\s+(?:[\\w-]+\\s+){1,3}?of)?(?=\\s+(?:(?:about|around|some|roughly|nearly|almost|up\\s+to)\\s+)?[$£€]?\\d)|expected(?<=\\b(?:it|he|she|they|said\\s+(?:in\\s+[a-z]+\\s+)?that\\s+[\\w&'’.-]+)\\sexpected)(?!\\s+(?:to\\s+have|that)\\b)|would(?<=\\b(?:estimated|predicted|forecast|projected|reckoned)\\s+(?:that\\s+)?(?:[\\w&'’.-]+\\s+){1,3}would)(?!\\s+have\\b)|would(?<=\\b(?:said|says|wrote|writes|announced|added|told\\s+\\w+)\\s+(?:in\\s+[\\w\\s]{1,30}?\\s+)?(?:that\\s+)?(?:it|he|she|they|we)\\s+would)(?=\\s+(?:[\\w-]+\\s+){1,5}?(?:(?:up\\s+to|about|around|some|nearly|almost|at\\s+least|more\\s+than)\\s+)?[$£€]?\\d)|expected(?<!\\bhad\\sexpected)\\s+(?:[\\w-]+\\s+){1,3}?to\\s+(?:grow|rise|fall|reach|increase|decline|exceed|top|slow|remain|hit|intensify|ease|improve|weaken|strengthen|recover|continue|stay|double|drop|shrink|expand|accelerate|moderate|peak|return|resume)",
  ],
  // "planned to", "planned for", not the adjective: "took a loss on the planned sale" is past. "The new
  // rates take effect Jan. 1": a scheduled change told in the present is ahead; so is "Next up for
  // Liverpool is a trip to Madrid on Wednesday".
  [
    ["future"],
    "shall|planned (?:to|for)|planning to|is due to|are due to|upcoming|going to|(?:takes?|comes? into|go(?:es)? into) (?:effect|force)|[Nn]ext up|[Uu]p next",
  ],
  // "forecasts" is as often a noun ("below forecasts") as a verb: a projection, but no tense; a result
  // set against forecasts ("beating analysts' forecasts", "ahead of the 32% analysts had forecast", "far above
  // the 235,000 forecast by economists", "compared with a forecast of 2.4%") forecasts nothing.
  [
    ["projection"],
    // "targets 5% growth", "is targeting", not the noun: "against a target of 78%" compares; nor "missing a
    // 8.5% forecast". "It projects inflation at 4.5%", "the IMF projects": the verb after who projects; not
    // the noun ("housing projects", "Ogden Projects Inc.": the scan ignores case).
    "projected|(?:it|he|she|they|imf|oecd|opec|ecb|fed|cbo|obr)\\s+projects\\b|(?<!\\b(?:beat(?:ing|s)?|topp(?:ed|ing|s)|miss(?:ed|ing|es)?|exceed(?:ed|ing|s)?|above|below|ahead of|short of|in line with|had|compared with|compared to|against|versus)\\s(?:an?\\s)?(?:[\\d.]+%\\s)?(?:(?:analysts|economists|the market)['’]?\\s|market\\s|wall\\sstreet\\s|consensus\\s|average\\s|their\\s|its\\s)?)forecasts?(?!\\s+by\\b)|forecasted|predicted(?!\\s+by\\b)|targets?(?=\\s+(?:to|for)\\s+(?:reach|hit|cut|raise|grow|\\d|[$£€]))|targets(?=\\s+(?:an?\\s+)?[$£€\\d])|target(?:ing|ed)(?=\\s+(?:an?\\s+)?(?:[$£€\\d]|(?:annual\\s+)?(?:growth|sales|revenue|profits?|returns?|savings|cuts?|output|production|deliveries)\\b))|next year|outlook|by (?:the end of )?(?:(?:19|20)\\d{2}|2100)",
  ],
  // "We expect inflation to fall to 2% by June": a speaker's own forecast looks ahead as "expects" does.
  [["first_person", "projection", "future"], "(?:I|we) expect"],
  [
    ["first_person"],
    "(?:I|we) (?:think|believe|feel|hope|argue|would argue)|in my (?:view|opinion)",
  ],
  // "Some worry that …", "Others fear the labor market is weakening": a group's fears, as its beliefs (not
  // the noun: "selling on fears that the government may be in turmoil").
  [
    ["speculation"],
    "(?:suggests?|speculate[sd]?|believes?|feels?|(?<!\\b(?:on|amid|over|of|the|and|to|with|raised|raising|eased|easing|stoked|stoking)\\s)fears?|worr(?:y|ies)) that|(?:fear|worry) (?=the )",
  ],
  [
    ["attribution"],
    "said|says|say|told|according to|noted|notes|argued?|argues|claimed?|claims|stated|reported|announced|insisted",
  ],
  [["change"], CHANGE_CUE_WORDS],
  [
    ["comparison"],
    "than|compared (?:with|to)|versus|vs\\.?|relative to|as (?:much|many) as|twice|times (?:as|more)",
  ],
  [
    ["ranking"],
    // "the first half", "the first quarter" name a period, not a rank; "first-time buyers" are new ones.
    "largest|biggest|highest|lowest|leading|top|record|No\\.\\s?\\d|first(?!(?:[-\\s](?:half|quarter|two|three|six|nine)|-time)\\b)|best|worst|most|least",
  ],
  [
    ["causal"],
    "because|due to|caused|causing|led to|leading to|as a result of|driven by|influenced by|resulted in|thanks to|owing to",
  ],
  [
    ["hedge"],
    "may|might|could|reportedly|allegedly|likely|possibly|perhaps|appears? to|seems? to|rumou?red",
  ],
];

const SCAN = new RegExp(`\\b(?:${FAMILIES.map(([, source]) => `(${source})`).join("|")})\\b`, "gi");

export type Cues = ReadonlySet<Cue>;

/** A sentence's cues, and where each was found: [start, end, family] in turn. */
export interface CueScan {
  cues: Cues;
  found: number[];
}

export function cueScan(text: string): CueScan {
  const cues = new Set<Cue>();
  const found: number[] = [];
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m; m = SCAN.exec(text)) {
    for (let g = 1; g <= FAMILIES.length; g++) {
      if (m[g] !== undefined) {
        for (const cue of FAMILIES[g - 1]![0]) cues.add(cue);
        found.push(m.index, m.index + m[0].length, g - 1);
        break;
      }
    }
  }
  return { cues, found };
}

export const scanCues = (text: string): Cues => cueScan(text).cues;

const WORD_CHAR = /\w/;
/** The cues of the part [start, end) of a scanned sentence, read off its scan rather than scanned again.
 *  A part cut inside a word, or through a cue, could read differently alone: then it is scanned. */
export function cuesWithin(scan: CueScan, sentence: string, start: number, end: number): Cues {
  const cut = (at: number) =>
    WORD_CHAR.test(sentence[at - 1] ?? "") && WORD_CHAR.test(sentence[at] ?? "");
  const alone = () => scanCues(sentence.slice(start, end));
  if (cut(start) || cut(end)) return alone();
  const { found } = scan;
  // Cues are found in order and never overlap: the first that ends past the part's start is found by
  // halving, so a sentence of many parts stays linear.
  let lo = 0;
  let hi = found.length / 3;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[3 * mid + 1]! <= start) lo = mid + 1;
    else hi = mid;
  }
  const cues = new Set<Cue>();
  for (let i = 3 * lo; i < found.length && found[i]! < end; i += 3) {
    if (found[i]! < start || found[i + 1]! > end) return alone();
    for (const cue of FAMILIES[found[i + 2]!]![0]) cues.add(cue);
  }
  return cues;
}
