// "Has this been fact-checked before?": a tweet, a sentence from a speech or a claim becomes a full-text
// query. Pure: no I/O. The words that carry the claim are kept (names, figures, verbs of substance); the
// glue of English is dropped, so bm25 ranks by what the texts share that matters.
export const STOPWORDS = new Set(
  (
    "a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it " +
    "its just me more most my no not of on or our she so some than that the their them then there these they this " +
    "those to too us very was we were what when where which who why will with would you your really actually " +
    "claim claims said says say"
  ).split(" "),
);

/** The words of a text worth searching for, lower-cased, each once, at most 40. */
export function searchTerms(text: string): string[] {
  // Links and picture URLs in a tweet are noise to a search ("https", "t", "co" and a random code); a
  // picture's link is often glued to the word before it ("#Dorianpic.twitter.com/…").
  const plain = text
    .replace(/(?:\bhttps?:\/\/|\bwww\.|pic\.twitter\.com\/)\S*/gi, " ")
    // Hashtags and handles run words together: #RevolutionaryWarAirports, @SpeakerPelosi, #WW3.
    .replace(/[#@][\p{L}\p{N}_]+/gu, (tag) =>
      tag
        .slice(1)
        .replace(/_/g, " ")
        .replace(/(\p{Ll})(?=\p{Lu})|(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, "$1$2$3 ")
        .replace(/(\p{Lu})(?=\p{Lu}\p{Ll})/gu, "$1 "),
    );
  const words = plain.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return [
    ...new Set(words.filter((w) => !STOPWORDS.has(w) && (w.length > 1 || /\d/.test(w)))),
  ].slice(0, 40);
}

/** An FTS5 query matching any of the terms, each quoted so no input is read as an operator. */
export const anyOf = (terms: string[]) => terms.map((t) => `"${t}"`).join(" OR ");
