// Who asserts each part of a sentence split into claims: the sentence's claimant, unless a name reporting
// its own figure opens the sentence and a later part names its own subject, or the claimant opens a later
// part and so does not say the one before it.
import { AUXILIARY, DONE, NAME_PUTS_AT, NAME_THEN_SAYS, RIVAL, VERBS } from "./speaker-names.js";

// "Rival Maruti Suzuki reported a 19% rise in domestic sales, while Mahindra & Mahindra's SUV sales grew 21%":
// a name opening the sentence on a figure of its own reports that figure, not a later part that names its own
// subject ("…, and said profit would double" goes on being the name's).
const REPORTS_OWN_FIGURE =
  /^\s*(?:[\w'’.&-]+\s+){0,5}?(?:reported|posted|recorded|booked|logged|announced)\s+(?:an?\s|its\s|their\s|the\s|[$£€¥]|\d)/;
const OWN_SUBJECT = /^[\s"“]*(?:[A-Z]|(?:the|its|their|his|her)\s)/;

// "China has pledged 1 billion yuan, while the UK said it would provide up to £10m": a speaker who opens a
// later part says that part, not the one before it (a speaker closing the sentence says every part).
const JOINED = /(?:while|and|but|whereas)\s+$/;
const SAYS_AFTER = new RegExp(String.raw`^\s+(?:${AUXILIARY}\s+)?(?:${VERBS})\b`);
function speaksLater(s: string, claimant: string, part: string): boolean {
  const end = s.indexOf(part) + part.length;
  const at = s.indexOf(claimant, end);
  return (
    at > end &&
    JOINED.test(s.slice(Math.max(end, at - 12), at)) &&
    SAYS_AFTER.test(s.slice(at + claimant.length, at + claimant.length + 30))
  );
}

// "Maruti Suzuki, the country's biggest carmaker, reported record sales of 2.2 lakh units, while two-wheeler
// sales rose 51%, according to dealers": the name reporting its own figure says the first part; the source
// closing the sentence, the rest.
const NAME_REPORTS = new RegExp(
  String.raw`^[\s"“]*([A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,4})(?:,[^,]{1,60},)?\s+(?:(?:${AUXILIARY})\s+)?(?:reported|posted|recorded|booked|logged|announced)\s+(?:an?\s|its\s|their\s|the\s|record\s|[$£€¥]|\d)`,
);

// "Amazon said it would eliminate 14,000 jobs, and UPS said it had cut 48,000": a later part opening on a
// speaker of its own is theirs (and tells its own time: part-time.ts).
const PART_SPEAKER = new RegExp(
  String.raw`^[\s"“]*${NAME_THEN_SAYS}\s+(?:that\s+)?(?:it|they|he|she|the|its|their|[A-Z])`,
);

// "Microsoft said last year it would spend £2.5bn …, while Google opened a $1bn site in May": a later part
// whose own name did something is no part of what the speaker opening the sentence said.
const NAME_DID = new RegExp(
  String.raw`^[\s"“]*[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}\s+(?:(?:${AUXILIARY})\s+)?(?!(?:${VERBS})\b)(?:${DONE})\b`,
);
function didOwnThing(s: string, claimant: string, part: string): boolean {
  if (!s.replace(/^[\s"“]+/, "").startsWith(claimant) || !NAME_DID.test(part)) return false;
  const at = s.indexOf(part);
  return at > 0 && JOINED.test(s.slice(Math.max(0, at - 12), at)) && !part.includes(claimant);
}

/** The claimant of one part of a sentence split into claims; `first`: the part opens the sentence. */
export function claimantOfPart(
  s: string,
  claimant: string | null,
  part: string,
  first: boolean,
): string | null {
  if (claimant === null) return claimant;
  if (first) {
    if (speaksLater(s, claimant, part)) return null;
    const own = s.indexOf(claimant) > part.length ? NAME_REPORTS.exec(part)?.[1] : undefined;
    return own ?? claimant;
  }
  if (!OWN_SUBJECT.test(part)) return claimant;
  const speaker = PART_SPEAKER.exec(part)?.[1] ?? NAME_PUTS_AT.exec(part)?.[1];
  if (speaker) return speaker;
  if (didOwnThing(s, claimant, part)) return null;
  const opening = s.replace(/^[\s"“]+/, "").replace(RIVAL, "");
  return opening.startsWith(claimant) &&
    REPORTS_OWN_FIGURE.test(opening.slice(0, claimant.length + 40))
    ? null
    : claimant;
}
