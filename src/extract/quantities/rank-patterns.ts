// Where a number ranks: "No. 1", "third-largest", "the 45th president", "her 12th title", "finished
// second", "its five biggest markets", "ranked 4th". The readers in special.ts turn matches into ranks.
import { ORDINALS, SMALL_NUMBER as SMALL } from "../lexicon/numbers.js";
import { MONTH_SPELLINGS } from "../lexicon/words.js";

const ORDINAL = `(?:${Object.keys(ORDINALS).join("|")}|\\d+(?:st|nd|rd|th))`;
export const RANK_NO = /\b(?:No\.|no\.|number|#)\s?(\d{1,3}|one|two|three|four|five|ten)\b/g;
export const RANKS =
  "largest|biggest|highest|lowest|best|worst|most|least|fastest|slowest|richest|poorest|busiest|ranked|place|position|spot|strongest|weakest|smallest|oldest|largest-ever|warmest|hottest|coldest|wettest|driest|sunniest|dullest|cloudiest|windiest|stormiest|snowiest|mildest|coolest|deadliest|costliest|widest|narrowest|sharpest|steepest|deepest|longest|shortest|quietest";
/** The superlatives among RANKS ("busiest", "best", "most"). */
export const SUPERLATIVES = RANKS.split("|").filter((w) =>
  /est$|^(?:most|least|best|worst)/.test(w),
);
// Hyphened, any superlative ranks: "the third-warmest July on record", "the second-sunniest spring".
export const HYPHENED_SUPERLATIVE = "-[a-z]{3,}est\\b";
export const RANK_ORDINAL = new RegExp(
  `\\b(${ORDINAL})(?:[-\\s](?:${RANKS})\\b|${HYPHENED_SUPERLATIVE})`,
  "gi",
);
// "the 45th president", "her 12th title", "a record-extending 25th major title", "the country's 12th gold":
// an ordinal in digits after a determiner or a possessive ranks; a day of the month ("on the 5th", "the 5th
// of May") and a period ("the 19th century", "the 2nd quarter") do not.
export const POSSESSED_ORDINAL = new RegExp(
  `(?<!\\b(?:on|by|until|till|from|since|before|after|of)\\s)\\b(?:the|her|his|its|their|our|my|your|a\\s+record(?:-[a-z]+)?|[A-Za-z]+['’]s)\\s+(\\d{1,4}(?:st|nd|rd|th))\\b(?![-\\s](?:century|centuries|millennium|quarter|half|minute|lap|over|innings?|hole|round|floor|of\\s+(?:${MONTH_SPELLINGS})\\b))`,
  "gi",
);
// "their ninth victory in 11 games", "her third title", "Toyota's second big recall": a word ordinal after a
// possessive ranks too (not "first", as often a plain "first" as a rank, nor a period: "its second quarter",
// "their third year").
export const WORD_ORDINALS = Object.keys(ORDINALS).filter((w) => w !== "first");
const OCCASIONS =
  "quarter|half|year|month|week|day|term|time|season|century|round|leg|set|innings|reading";
export const POSSESSED_WORD = new RegExp(
  `\\b(?:her|his|its|their|our|a\\s+record(?:-[a-z]+)?|[A-Za-z][\\w.&-]*['’]s)\\s+(${WORD_ORDINALS.join("|")})\\s+(?!(?:${OCCASIONS})s?\\b)[a-z]{3,}`,
  "gi",
);
// "the fourth named storm of the season", "the fourth major blaze in Southern California this year", "the
// third such attack since 2019": a word ordinal after "the" ranks when it counts things within a period;
// "only the fifth man in the Open era to win", "the third woman to lead the bank": or who has done a thing.
const FIRSTS_DO =
  "win|become|reach|lead|hold|score|take|receive|join|walk|land|complete|climb|finish|top|hit|run|serve|earn";
export const COUNTED_IN_PERIOD = new RegExp(
  `\\bthe\\s+(${WORD_ORDINALS.join("|")})\\s+(?!(?:${OCCASIONS})s?\\b)(?:[a-z-]+\\s+){0,2}?[a-z]{3,}\\s+(?:(?:of|in)\\s+(?:the|this)\\s+(?:season|year|month|week|decade|campaign)\\b|(?:in|across|on)\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){1,3}?(?:this|last)\\s+(?:year|season|month|week)\\b|this\\s+(?:year|season|month|week)\\b|since\\s+(?:19|20)\\d{2}\\b|(?:in\\s+(?:the\\s+)?(?:[\\w'’-]+\\s+){1,3}?)?to\\s+(?:${FIRSTS_DO})\\b)`,
  "gi",
);
// A place in a table or a race: "finished second", "climbed to fourth", "leaves Villa fifth in the table",
// "They are seventh, on 19 points", "Liverpool are eighth, 10 points behind the leaders".
// Not a period or an occasion after it ("came second time round", "finished third quarter").
export const PLACES = `${Object.keys(ORDINALS).join("|")}|\\d{1,2}(?:st|nd|rd|th)`;
const STANDING_TABLES =
  "table|league|standings|group|rankings|polls?|championship|pool|race|division";
export const STANDING = new RegExp(
  `\\b(?:(?:finish(?:ed|es|ing)?|placed|came|comes)\\s+(?:a\\s+)?|(?:climb|mov|slip|drop|fell|fall|rose|rise|jump|slid|sank|sunk)\\w*\\s+(?:up\\s+|down\\s+|back\\s+)?to\\s+|leaves?\\s+(?:them|us|him|her|it|[A-Z][\\w'’.-]*(?:\\s+[A-Z][\\w'’.-]*){0,2})\\s+|(?=(?:${PLACES})\\s+in\\s+the\\s+(?:[\\w'’-]+\\s+){0,2}(?:${STANDING_TABLES})\\b)|(?<=\\b(?:are|is|was|were|lie|lies|sit|sits|stay|stays|remain|remains)\\s+)(?=(?:${PLACES})(?:,?\\s+(?:on|with)\\s+\\d{1,3}\\s+points\\b|,\\s+\\d{1,3}\\s+points\\s+(?:behind|clear|adrift|off|ahead)\\b)))(${PLACES})\\b(?![-\\s](?:time|times|half|quarter|round|leg|term|season|year|day|week|month|place|largest|biggest|of\\b))`,
  "gi",
);
// "one of the country's 10 largest employers", "its five biggest markets": a place in the top N.
export const TOP_N = new RegExp(
  `(?<=\\b(?:the|its|their|his|her|our|['’]s)\\s+)(\\d{1,3}|${SMALL})\\s+(?:largest|biggest|highest|lowest|best|worst|richest|poorest|busiest|strongest|weakest|smallest|oldest|fastest|slowest|warmest|hottest|coldest|wettest|driest|deadliest|costliest|tallest|longest|cheapest|wealthiest)\\b`,
  "gi",
);
// "ranked 4th", "seeded seventh".
export const RANKED = new RegExp(
  `\\b(?:rank(?:s|ed)?|seeded)\\s+(?:No\\.\\s?)?(${ORDINAL}|\\d+)\\b`,
  "gi",
);
