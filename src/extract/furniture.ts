// Stage 1: separate the story's paragraphs from page furniture (newsletter boxes, bylines, credits,
// share prompts, cookie notices, teasers of other stories). Works line by line, because that is how
// copied or scraped pages keep their furniture: on lines of its own.
import type { FurnitureKind, Ignored, Span } from "./types.js";

export interface Layout {
  /** Body paragraphs, trimmed, in text order. */
  paragraphs: Span[];
  ignored: Ignored[];
}

interface Line extends Span {
  text: string;
}

const NEWSLETTER =
  /\b(newsletters?|get notified|notified about new|(don'?t|do not|never) spam|your inbox|unsubscribe|join (over |more than )?[\d,.]+\s*k?\+? (people|readers|subscribers|others))\b/i;
// "Sign up" and "subscribe" are furniture only when they speak to the reader ("Sign up for free",
// "Subscribe to our daily briefing"); in a story people sign up for benefits and subscribe to views.
const SIGN_UP = /\b(subscribe|subscription|sign[ -]?up)\b/i;
const TO_THE_READER =
  /^\W*(subscribe|subscription|sign[ -]?up)\b|\b(subscribe|sign[ -]?up)\b[^.!?]{0,30}\b(our|your|free)\b|\b(our|your) subscription|\brequires a subscription to read\b/i;
// "Author" is a byline only as a label ("Author: …"); "Author Jane Doe sold 2 million copies" is a story.
const BYLINE_LEAD =
  /^\(?((?:additional\s+)?(post(ed)?|written|writing|reporting|edited|editing|reported|compiled|produced)\s+by\s*:?|author\s*:)\s*\S/i;
// "AP Economics Writer Paul Wiseman contributed to this report."
const CREDIT = /\bcontributed (?:to )?(?:this|the) (?:report|story|article|reporting)\.?$/i;
// The writer's note below an opinion piece: "The writer is chief economist at Acme Bank".
const WRITER_NOTE =
  /^(?:[Tt]he|[Tt]his) (?:writer|author|columnist)s? (?:is|are|was|were) (?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,4}(?:at|of|for|with|to|in)\s+(?:the\s+)?[A-Z]/;
// The newsroom speaking about the page: "This is a developing story", "This article has been updated to
// include …", "The views expressed are the author's own", "Correction: …", "This article is more than 2
// years old" (the archive's warning), "This story first appeared in The Straits Times on Nov 20".
const EDITOR_NOTE =
  /^(?:this (?:is a developing|story is developing|story is breaking)|this (?:article|story|piece|content) is (?:more|over) than (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a) (?:years?|months?|days?) old\b|this (?:article|story|piece|column) (?:was|is|has been) (?:(?:originally|first) published|republished)\b|our standards\s*:|this (?:article|story|report) (?:has been|was|is being) (?:updated|corrected|amended)|this (?:article|story|piece|report) (?:first|originally) appeared (?:in|on)\b|(?:disclaimer\s*:\s*)?the views expressed (?:here |in this [a-z]+ )?are|\(?(?:correction|clarification|editor['’]s note|disclaimer)\s*:)/i;
// The agency's conversion below a story in another currency: "($1 = 85.8 Indian rupees)", "(£1 = $1.2732)",
// "(1 euro = $1.0850)". Only a whole line in brackets; a sentence stating a rate goes on to say more.
const RATE_NOTE =
  /^\(\s*(?:(?:[A-Z]{1,3})?[$€£¥]\s?1|1\s+[A-Za-z][A-Za-z. ]{0,30}?)\s*=\s*[^()=]{1,60}\)\.?$/;
const BYLINE_BY = /^[Bb]y\s+[A-Z][\w'’.-]+(\s+[A-Z][\w'’.-]+){0,3}(\s*(,|and|\||·|-).{0,60})?$/;
const PHOTO =
  /^(photo|image|picture|photograph|illustration|graphic|video|file photo)s?\s*(:|by\b|credit|courtesy|\/)/i;
// BBC-style captions and sources: "Image caption, Workers at the plant", "Image source, Getty Images".
const CAPTION = /^(?:(?:image|media|photo|video)\s+)?(?:caption|source)s?\s*[,:]/i;
// The picture agencies whose names credit a photo.
const AGENCIES = String.raw`Reuters|AP|AFP|Getty\s+Images|Bloomberg|EPA|PA|Shutterstock|Alamy`;
// A caption closed by its credit: "Firefighters on the hills above Castaic. Credit: Reuters", "… Photograph:
// Ethan Swope/AP", "A resident watches as flames approach (Getty Images)".
const CREDIT_CLOSING = new RegExp(
  String.raw`[.!?]\s+(?:Photograph|Photo|Picture|Image|Credit|Photo\s+credit)s?\s*:\s*[^.:!?]{1,60}$|\s\((?:${AGENCIES})(?:\s*(?:\/|via)\s*[^()]{0,40})?\)\.?$`,
);
// "Copyright 2025 Acme News", "© Acme", "All rights reserved"; not "Copyright law changed in 2019".
const COPYRIGHT =
  /^(?:copyright\s*)?(?:©|\(c\)\s*\d{4})|^copyright\s+\d{4}\b|\ball rights reserved\b/i;
// Labels of lists of other stories: "You may also like: …", "More on this story", "READ: …"; the words that
// could also open a sentence ("Recommended doses rose…") only as a label.
const TEASER_LEAD =
  /^(?:you (?:may|might) also (?:like|be interested)|more on this (?:story|topic)|don'?t miss|editor'?s picks|further reading|see also|read next|(?:most (?:read|popular|viewed|shared)|up next|read)(?=\s*:))\b/i;
// "Watch: How the chip war began", "Listen: …": a video or a podcast of another story.
const TEASER_LABEL =
  /^(?:recommended(?: for you| stories)?|trending(?: now)?|top stories|must read|watch|listen|podcast|in pictures|gallery)\b/i;
const AGENCY_CREDIT = new RegExp(String.raw`^\(?(?:${AGENCIES})(\s*\/\s*[^)]{0,60})?\)?\.?$`);
// Phrases that only ever ask the reader to do something ("Join ST's Telegram channel and get …"), and labels
// that could also open a sentence
// ("Share of jobs fell", "Related costs rose", "Sponsored by the state, …").
const SHARE =
  /^(share this( article| story)?|share on \w+|follow us|follow @\w+|follow (?:[A-Z][\w&.-]*\s+){1,4}on (?:x|twitter|facebook|instagram|threads|bluesky|linkedin|tiktok|youtube)\b|join (?:our|[a-z]+['’]s) (?:[\w-]+\s+){0,2}(?:channel|community|group)|click here|read more|watch more|also read|tweet this|print this|email this|listen to this|leave a comment|for more (?:on|about) this (?:story|topic)|visit our (?:website|site)|download (?:the|our) (?:[\w-]+\s+){0,3}app|for the latest (?:news|updates|stories),? follow us|stay (?:updated|informed|tuned) (?:with|for|to) (?:the|our) latest|catch all the (?:[\w-]+\s+){0,2}news)\b/i;
const SHARE_LABEL =
  /^(share|save|bookmark|print|copy link|related( articles| stories| news)?|advertisement|sponsored|comments?(\s*\(\d+\))?)\b/i;
// The small print under a newsletter box: "Privacy Notice: Newsletters may contain info about charities …",
// "We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply."
const PRIVACY = /^privacy (?:notice|policy)\s*:|\brecaptcha\b|\bterms of service apply\b/i;
// Three substring searches cost less than the pattern's case-blind scan of every paragraph.
const mayBePrivacy = (line: string) =>
  line.includes("rivacy") || line.includes("aptcha") || line.includes("APTCHA");
// "Follow AP's coverage of the economy at https://apnews.com/hub/economy": a link the reader is sent to.
const LINK_PROMPT = /^(?:follow|read|see|visit|find|for more|more)\b[^.]{0,120}\bhttps?:\/\/\S+$/i;
// The promise under a newsletter's name: "Get set for the working day – we'll point you to all the
// business news you need every morning".
const TO_YOU = /\b(?:you|your|we['’]ll)\b/i;
// The writer's note at the foot of the page: "Jane Smith is a business reporter at The Times. She has covered
// retail for 12 years."
const AUTHOR_BIO =
  /^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3} is (?:an?|the) (?:[\w'’-]+\s+){0,4}(?:reporter|correspondent|editor|writer|journalist|columnist|contributor)\b[^.]{0,80}\.(?:\s+(?:She|He|They)\s[^.]{0,120}\.){0,2}$/;
const COOKIE_WORD = /\bcookies?\b/i;
const COOKIE_CONTEXT =
  /\b(accept|consent|privacy|we use|browsing|preferences|you agree|use of cookies)\b/i;
// "Updated 3 hours ago · 5 min read", "Published 20 August 2025, 14:05 BST", "First published on November 27,
// 2025 at 10:42 am.": when the page was written, not what it says. Only a short line that is nothing but that.
const TIMESTAMP =
  /^(?:(?:last\s+)?updated|published|first published|posted)\s*:?\s*(?:on\s+)?(?:\d|a |an |(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b)[^.!?]*\.?$|^\d+\s*min(?:ute)?s?\s+read$/i;
const TERMINAL = /[.!?…]["'”’)\]]*$/;
const ELLIPSIS = /(\.\.\.|…)$/;
const WORD = /[A-Za-z][\w'’-]*/g;
const MINOR_WORDS = new Set([
  "a",
  "an",
  "the",
  "and",
  "or",
  "but",
  "of",
  "in",
  "on",
  "at",
  "to",
  "for",
  "as",
  "by",
  "with",
  "from",
  "vs",
  "after",
  "over",
  "into",
  "amid",
  "its",
  "his",
  "her",
  "their",
  "is",
  "are",
  "up",
  "out",
]);

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    const start = m.index + lead;
    lines.push({ start, end: start + body.length, text: body });
  }
  return lines;
}

/** A headline is short, unpunctuated at its end and mostly capitalised words. */
export function looksLikeHeadline(line: string): boolean {
  if (TERMINAL.test(line) || line.length > 160) return false;
  const words = line.match(WORD) ?? [];
  if (words.length < 2 || words.length > 22) return false;
  const major = words.filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
  const capitalised = major.filter((w) => /^[A-Z0-9'’]/.test(w));
  return major.length > 0 && capitalised.length / major.length >= 0.75;
}

// A label stands alone ("Advertisement", "Related stories") or before a colon ("Related: …"); a sentence
// that merely opens with the same word goes on to say something.
const LABEL_WORDS = 3;
const isLabel = (line: string) =>
  /^[^:]{0,40}:/.test(line) || (line.match(WORD)?.length ?? 0) <= LABEL_WORDS;

/** The kind of furniture a line is by its own words (newsletter, byline, credit, prompt, cookie notice). */
export function furnitureKind(line: string): FurnitureKind | null {
  const short = line.length < 250;
  if (short && (NEWSLETTER.test(line) || (SIGN_UP.test(line) && TO_THE_READER.test(line))))
    return "newsletter";
  if (
    line.length < 120 &&
    (BYLINE_LEAD.test(line) || BYLINE_BY.test(line) || CREDIT.test(line) || WRITER_NOTE.test(line))
  )
    return "byline";
  if (line.length < 300 && EDITOR_NOTE.test(line)) return "editor_note";
  if (line.length < 100 && RATE_NOTE.test(line)) return "editor_note";
  if (line.length < 160 && (PHOTO.test(line) || AGENCY_CREDIT.test(line))) return "photo_credit";
  if (line.length < 200 && CAPTION.test(line)) return "photo_credit";
  if (line.length < 200 && COPYRIGHT.test(line)) return "copyright";
  if (line.length < 160 && (TEASER_LEAD.test(line) || (TEASER_LABEL.test(line) && isLabel(line))))
    return "teaser";
  // "Why the strike cost $45m | Photo: Dockworkers in Valmont (Getty Images)": links and captions strung
  // on pipes between paragraphs; a sentence does not break on " | ".
  if (line.length < 400 && TEASER_PIPES.test(line) && PAGE_LABEL.test(line)) return "teaser";
  if (line.length < 300 && CREDIT_CLOSING.test(line)) return "photo_credit";
  if (line.length < 120 && (SHARE.test(line) || (SHARE_LABEL.test(line) && isLabel(line))))
    return "share_prompt";
  if (line.length < 200 && LINK_PROMPT.test(line)) return "share_prompt";
  if (line.length < 500 && mayBePrivacy(line) && PRIVACY.test(line)) return "newsletter";
  if (line.length < 500 && COOKIE_WORD.test(line) && COOKIE_CONTEXT.test(line))
    return "cookie_notice";
  if (line.length < 80 && TIMESTAMP.test(line)) return "timestamp";
  return null;
}

const TEASER_PIPES = /\S\s\|\s\S/;
const PAGE_LABEL = new RegExp(
  String.raw`\b(?:Photo|Picture|Image|Video|Watch|Listen|Read more|Read|More|Related|See also|Also read|Opinion|Analysis|Explainer)\s?:|\((?:${AGENCIES})[^)]*\)|\s\|\s[^|]*\s\|\s`,
);

// A headline in sentence case ("H20 uncertainty clouds Nvidia's outlook in China") is the story's first line
// (page furniture such as "Share this article" may come before it), short and unpunctuated, with the
// story's sentences after it (a byline may come between).
const TITLE_WORDS = 20;
function titlesStory(lines: Line[], kinds: (FurnitureKind | null)[], at: number): boolean {
  if ((lines[at]!.text.match(WORD)?.length ?? 0) > TITLE_WORDS) return false;
  const body = lines.findIndex((_, i) => i > at && !kinds[i]);
  return body > at && !unfinished(lines[body]!.text);
}

/** Lines without sentence-final punctuation are headlines or blurbs cut short, not sentences. */
export const unfinished = (line: string) => !TERMINAL.test(line) || ELLIPSIS.test(line);

export function findLayout(text: string): Layout {
  const lines = splitLines(text);
  const kinds: (FurnitureKind | null)[] = lines.map((l) => furnitureKind(l.text));

  const first = kinds.indexOf(null);
  // Teaser lists: runs of unfinished lines (headline + truncated blurb, repeated) anywhere on the page.
  for (let i = 0; i < lines.length; i++) {
    if (kinds[i] || !unfinished(lines[i]!.text)) continue;
    let j = i;
    while (j + 1 < lines.length && !kinds[j + 1] && unfinished(lines[j + 1]!.text)) j++;
    const run = j - i + 1;
    for (let k = i; k <= j; k++) {
      const headline = looksLikeHeadline(lines[k]!.text);
      // "More on this story" / "Rain warning as Storm Claudia arrives": a line under a teaser box goes on it.
      if (run >= 2 || (k > 0 && kinds[k - 1] === "teaser")) kinds[k] = "teaser";
      // A line the byline stands under is the story's headline, wherever navigation put it on the page.
      else if (
        headline ||
        (k === first && titlesStory(lines, kinds, k)) ||
        kinds[k + 1] === "byline"
      )
        kinds[k] = "headline";
      else if (ELLIPSIS.test(lines[k]!.text) || lines[k]!.text.split(/\s+/).length < 5)
        kinds[k] = "teaser";
    }
    i = j;
  }

  // A newsletter's promise to the reader stands right under its name, with no figure of its own.
  for (let i = 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (kinds[i] || kinds[i - 1] !== "newsletter" || text.length >= 200) continue;
    if (TO_YOU.test(text) && !/\d/.test(text)) kinds[i] = "newsletter";
  }
  // The writer's note is the page's last line of prose.
  const last = kinds.lastIndexOf(null);
  if (last > first && lines[last]!.text.length < 300 && AUTHOR_BIO.test(lines[last]!.text))
    kinds[last] = "byline";

  const paragraphs: Span[] = [];
  const ignored: Ignored[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i];
    if (!kind) {
      paragraphs.push({ start: line.start, end: line.end });
      return;
    }
    const last = ignored[ignored.length - 1];
    // Adjacent lines of one box (a two-line newsletter prompt, a teaser list) are reported as one span.
    if (last && last.detail === kind && kinds[i - 1] === kind) last.span.end = line.end;
    else
      ignored.push({
        span: { start: line.start, end: line.end },
        reason: "furniture",
        detail: kind,
      });
  });
  return { paragraphs, ignored };
}
