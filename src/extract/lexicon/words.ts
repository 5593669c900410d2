// Every word list of the extractor, once, as data, and the patterns made from them. Where two stages need
// lists that differ on purpose, each variant has its own name here and says why.

/** Each month in full, with the shortest abbreviation news writes ("Sept" is written too). */
export const MONTHS = [
  { name: "January", short: "Jan" },
  { name: "February", short: "Feb" },
  { name: "March", short: "Mar" },
  { name: "April", short: "Apr" },
  { name: "May", short: "May" },
  { name: "June", short: "Jun" },
  { name: "July", short: "Jul" },
  { name: "August", short: "Aug" },
  { name: "September", short: "Sep", also: "Sept" },
  { name: "October", short: "Oct" },
  { name: "November", short: "Nov" },
  { name: "December", short: "Dec" },
] as const satisfies readonly { name: string; short: string; also?: string }[];

export const WEEKDAYS = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/** Words that name a day relative to today. */
export const DAY_WORDS = ["yesterday", "today", "tomorrow", "tonight"] as const;

const either = (words: readonly string[]) => words.join("|");
/** "today" → "[Tt]oday": a word as it stands, or opening a sentence. */
const anyFirstCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;

/** "January|February|…": months in full. */
export const MONTH_NAMES = either(MONTHS.map((m) => m.name));
/** "Jan|Feb|…|Dec": the three letters every spelling of a month opens with. */
export const MONTH_OPENINGS = either(MONTHS.map((m) => m.short));
/** Every month in full or abbreviated: "Jan(?:uary)?", "May", "Sep(?:t)?(?:ember)?". */
export const MONTH_SPELLINGS = either(
  MONTHS.map((m) => {
    const short = "also" in m ? `${m.short}(?:${m.also.slice(m.short.length)})?` : m.short;
    const rest = m.name.slice(("also" in m ? m.also : m.short).length);
    return rest ? `${short}(?:${rest})?` : short;
  }),
);
/** The abbreviations that take a full stop ("Sept.", not "May."). */
export const MONTH_ABBREVIATIONS = either(
  MONTHS.flatMap((m) => (m.short === m.name ? [] : "also" in m ? [m.short, m.also] : [m.short])),
);
export const WEEKDAY_NAMES = either(WEEKDAYS);
/** "Monday|…|Sunday|[Yy]esterday|[Tt]oday|…": a day named by itself. */
export const DAY_NAMES = either([...WEEKDAYS, ...DAY_WORDS.map(anyFirstCase)]);

/** Irregular past tenses the time stage reads the tense of a clause by. */
export const IRREGULAR_PAST = [
  "was",
  "were",
  "had",
  "did",
  "said",
  "made",
  "took",
  "went",
  "came",
  "gave",
  "met",
  "told",
  "became",
  "began",
  "built",
  "bought",
  "sold",
  "won",
  "lost",
  "rose",
  "fell",
  "grew",
  "led",
  "paid",
  "saw",
  "spent",
  "wrote",
  "held",
  "left",
  "brought",
  "found",
  "got",
  "kept",
  "ran",
  "sent",
  "stood",
  "hit",
  "struck",
  "drew",
  "chose",
  "spoke",
  "threw",
] as const;
/** The irregular past tenses the check-worthiness model was trained with (its features hash them):
 *  change only together with a retrain. */
export const IRREGULAR_PAST_OF_MODEL = [
  "was",
  "were",
  "had",
  "did",
  "said",
  "made",
  "took",
  "lost",
  "won",
  "gave",
  "got",
  "went",
  "came",
  "became",
  "told",
  "paid",
  "spent",
  "built",
  "sent",
  "sold",
  "bought",
  "left",
  "led",
  "fell",
  "rose",
  "grew",
  "began",
  "brought",
  "thought",
  "knew",
  "saw",
  "found",
  "kept",
  "held",
  "ran",
  "wrote",
  "stood",
] as const;
export const IRREGULAR_PAST_PATTERN = either(IRREGULAR_PAST);

// Verbs of change. Each stage has its own list on purpose: linking reads every market verb in every form,
// the cue scan only the common past forms, the baseline reader the words that set a figure against a time.
/** Verbs (in every form) after which "3% to $4.2 billion" is a change and its level (quantities/links). */
export const CHANGE_VERBS =
  "rose|rise[sn]?|rising|increased?|increases|increasing|grew|grow(?:s|n|ing)?|climbed?|climbs|jumped?|jumps|surged?|surges|soared?|soars|gained?|gains|fell|fall(?:s|en|ing)?|dropped|drops?|dropping|declined?|declines|declining|decreased?|decreases|slipped|slips?|slid|slides?|plunged?|plunges|tumbled?|tumbles|shrank|shrinks?|shrunk|cut|cuts|lowered|raised?|raises|boosted?|widened|narrowed|up|down|doubled|tripled|halved|firm(?:ed|s|ing)|eas(?:ed|es|ing)|weaken(?:ed|s|ing)|strengthen(?:ed|s|ing)|advanc(?:ed|es|ing)|retreat(?:ed|s|ing)|rall(?:ied|ies|ying)|slump(?:ed|s|ing)|sank|sinks?|dipped|dips?|edged|edges|inched|inches|shed|sheds|appreciated|depreciated|rebounded|rebounds|recovered|recovers|accelerated|slowed|contracted|expanded|spiked|plummeted|plummets|skyrocketed";
/** The change cue of a sentence (cues.ts): the forms a claim of change is usually written in. */
export const CHANGE_CUE_WORDS =
  "rose|rise[sn]?|increased?|increases|grew|grown|climbed|jumped|surged|soared|gained|fell|fallen|dropped|declined|decreased|slipped|slid|plunged|tumbled|shrank|doubled|tripled|halved|up from|down from|(?:up|down)(?=\\s+[$£€¥]?\\d)|cut";
/** Words that set a figure against a time: "12 pct higher than a year ago" (time/claim-time.ts). */
export const COMPARING_WORDS =
  "up|down|off|rise[ns]?|rose|fall(?:s|en)?|fell|increase[sd]?|decrease[sd]?|decline[sd]?|gain(?:s|ed)?|jump(?:s|ed)?|climb(?:s|ed)?|drop(?:s|ped)?|slipped|grow(?:s|n)?|grew|higher|lower|bigger|smaller|larger|greater|better|worse";
/** Verbs of motion after which "up to 4.2%" is where a figure went, not a cap (quantities/context). */
export const MOTION_VERBS =
  "ticked|ticks|moved|moves|went|goes|shot|crept|creeps|edged|edges|inched|inches|climbed|jumped|rose|picked|revised|marked|crawled";

/** Nouns after a vague amount that make it money: "millions of dollars", "billions in revenue". */
export const MONEY_NOUNS = ["dollars", "euros", "pounds", "yuan", "yen"] as const;
export const MONEY_FLOWS = [
  "revenue",
  "sales",
  "profits?",
  "losses",
  "funding",
  "investments?",
  "fines?",
  "damages",
  "aid",
  "subsidies",
  "spending",
  "debt",
  "cash",
  "taxes",
  "tariffs",
  "income",
  "earnings",
] as const;

/** Capitalised words that open a phrase without naming anything: articles, prepositions, determiners,
 *  pronouns, conjunctions and the like. Neither a name before a number nor a claim's subject. */
export const FUNCTION_WORDS = [
  "The",
  "A",
  "An",
  "In",
  "On",
  "At",
  "By",
  "For",
  "From",
  "Of",
  "To",
  "With",
  "About",
  "Around",
  "Over",
  "Under",
  "Some",
  "Nearly",
  "Almost",
  "More",
  "Less",
  "Only",
  "Just",
  "All",
  "Each",
  "Every",
  "Those",
  "These",
  "This",
  "That",
  "Its",
  "Their",
  "His",
  "Her",
  "Our",
  "Up",
  "Since",
  "Until",
  "Between",
  "And",
  "But",
  "After",
  "Before",
  "During",
  "Roughly",
  "Last",
  "Next",
  "Most",
  "Then",
  "Now",
  "Within",
  "Through",
  "Above",
  "Below",
  "Like",
  "Including",
  "Among",
  "US",
  "U.S.",
  "UK",
  "EU",
  "Both",
] as const;
