// Who asserts a claim: the speaker a sentence attributes it to ("the bank said", "according to the
// statistics office", "said Jo Park"), a quote's speaker for every sentence of the quote, and he or she
// as the last person named. Null when the story states it in its own voice.

const VERBS =
  "said|say|says|told|tells|added|adds|noted|note|notes|wrote|writes|stated|states|explained|estimated|estimate|estimates|reported|reports|announced|announces|argued|argue|argues|warned|warns|claimed|claims|insisted|predicted|predicts|confirmed|disclosed|forecast|forecasts";
// A name as news writes one (six words at most, so a run of capitals costs a bounded look from each
// word): capitalised words ("Jo Park", "Bank of England"), or "the" and a few plain
// words ("the bank", "the statistics office").
const NAME = String.raw`(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:[\w'’-]+\s+){0,3}[A-Za-z][\w-]*|[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|de|van|von)\s+[A-Z][\w'’.&-]*|\s+[A-Z][\w'’.&-]*){0,5})`;
const PRONOUN = String.raw`(?:he|she|they|it)`;

// "…, the bank said on Wednesday." / "Jo Park said the plant…" / "…, said Jo Park, chief executive."
// A name may carry an apposition before its verb: "Jo Park, the chief executive, said", "Maria Lopez, 52, said".
const NAME_SAID = new RegExp(
  String.raw`(?:^|[,;:“"”]\s*|\s)(${NAME}|${PRONOUN})(?:,\s+(?<apposition>(?:[^,“”"]|,(?=\d)){1,90}),)?,?\s+(?:${VERBS})\b`,
);
// Inverted, after what was said: a capitalised name, or "the …" ending the clause ("…, said the bank.").
const SAID_NAME = new RegExp(
  String.raw`[,“"”]\s*(?:${VERBS})\s+([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,5}|the\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*(?=\s*[,.;]|$))`,
);
// "according to the statistics office", "according to figures from the harbour authority".
const ACCORDING_TO = new RegExp(
  String.raw`\b[Aa]ccording\s+to\s+(?:(?:estimates|figures|data|a report|a survey|a statement)\s+(?:by|from)\s+)?(${NAME})`,
);
// A name's full stop is the sentence's, unless it ends an abbreviation ("Meridian Terminals Ltd.").
const trimStop = (name: string) =>
  /\b(?:Inc|Ltd|Corp|Co|Jr|Sr|Bros|Mr|Mrs|Ms|Dr|St)\.$/.test(name) ? name : name.replace(/\.$/, "");

const OPENS_QUOTE = /^\s*[“"]/;
const QUOTE_MARKS = /[“”"]/g;

// Every attribution needs a verb of saying or "according to": most sentences have neither, and this
// one scan costs far less than the three patterns above, which try a name at every word.
const ATTRIBUTES = new RegExp(String.raw`\b(?:${VERBS})\b|[Aa]ccording\s`);

/** The speaker a sentence names, or a pronoun for one, or null. */
function attribution(s: string): string | null {
  if (!ATTRIBUTES.test(s)) return null;
  const m = ACCORDING_TO.exec(s) ?? SAID_NAME.exec(s) ?? NAME_SAID.exec(s);
  if (!m) return null;
  // "Its operator, Meridian Terminals Ltd., said": the apposition names who "its operator" is.
  const named = m.groups?.apposition;
  const name =
    named && /^[A-Z]/.test(named) && /^(?:the|its|their|an?)\s/i.test(m[1]!) ? named : m[1]!;
  return trimStop(name);
}

const isPronoun = (w: string) => /^(?:he|she|they|it)$/i.test(w);
const isPerson = (name: string) => /^[A-Z]/.test(name) && /\s/.test(name);

/** What a story has said so far about who is speaking. */
export interface Voices {
  /** The last person named as a speaker: who "he" and "she" are. */
  person: string | null;
  /** The last speaker named: who "it" and "they" are. */
  last: string | null;
  /** The speaker of a quote still open at the end of the last sentence, or of the quote just closed. */
  quote: string | null;
}

export const newVoices = (): Voices => ({ person: null, last: null, quote: null });

/** The claimant of every claim of a sentence; `next` is the sentence after it, which may close a
 *  quote this one opens and name its speaker. Updates `voices`. */
export function claimantOf(s: string, next: string | null, voices: Voices): string | null {
  let named = attribution(s);
  const quoted = OPENS_QUOTE.test(s);
  const stillOpen = quoted && (s.match(QUOTE_MARKS)?.length ?? 0) % 2 === 1;
  // A quote whose speaker is named in the sentence that closes it.
  if (!named && stillOpen && next) named = attribution(next);
  if (named && isPronoun(named))
    named = /^(?:he|she)$/i.test(named) ? voices.person : (voices.last ?? voices.person);
  // A quote's next sentences keep its speaker.
  if (!named && quoted) named = voices.quote;
  if (named) {
    voices.last = named;
    if (isPerson(named)) voices.person = named;
  }
  voices.quote = quoted || /[”"]/.test(s) ? named : null;
  return named;
}
