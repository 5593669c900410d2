// Who a figure comes from when it is no one's remark: a document ("the company's filings show", "a Reuters
// poll found"), "according to …", a passive forecast's maker, a court, a group's finding.
import { BODY_BEFORE_NAME, INITIALS } from "./lexicon/subjects.js";
import {
  FORECAST_NOUNS,
  GROUP_NAMES,
  MONTH_NAMES,
  REVISES_OWN_FORECAST,
  WEEKDAY_NAMES,
} from "./lexicon/words.js";
import { NAME, NOT_A_NAME, UNNAMED } from "./speaker-names.js";
import { datelineOf } from "./text.js";
import { opens, wordGate } from "./word-gates.js";

// "Growth is forecast to be 1.5% this year by the Office for Budget Responsibility": a forecast told in the
// passive names its maker after "by" (not "by 2030", "by March", "by 5%").
const FORECAST_PASSIVE = "forecast|expected|estimated|predicted|projected";
const FORECASTING = wordGate(FORECAST_PASSIVE);
export const FORECAST_BY = new RegExp(
  String.raw`\b(?:is|are|was|were)\s+(?:${FORECAST_PASSIVE})\b[^;]{0,60}?\bby\s+((?:the\s+)?(?!(?:${MONTH_NAMES}|${WEEKDAY_NAMES})\b)[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|&)\s+[A-Z][\w'’.&-]*|\s+[A-Z][\w'’.&-]*){0,5})`,
);
/** Where a passive forecast names its maker ("… by the Office for Budget Responsibility"): who states the
 *  figure, not what it is about. */
export const passiveForecastBy = (s: string): RegExpExecArray | null =>
  s.includes(" by ") && opens(FORECASTING, s) ? FORECAST_BY.exec(s) : null;
export function forecastBy(s: string): [number, number] | null {
  const m = passiveForecastBy(s);
  return m ? [m.index + m[0].length - m[1]!.length, m.index + m[0].length] : null;
}

// "MTI upgraded its 2025 growth forecast to around 4.0 per cent", "Qantas on Thursday raised its profit
// guidance": a body revising its own forecast states the figure.
const REVISED_OWN = new RegExp(
  String.raw`^[\s"“]*((?:The\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of|for|and|&)\s+[A-Z][\w'’.&-]*|\s+[A-Z][\w'’.&-]*){0,5})\s+(?:(?:on|late|early)\s+\w+\s+)?${REVISES_OWN_FORECAST}`,
);
const REVISING = wordGate(FORECAST_NOUNS.flatMap((n) => [n, `${n}s`]).join("|"));
/** Who revises its own forecast, opening the sentence. */
export const revisedOwn = (s: string): RegExpExecArray | null =>
  opens(REVISING, s) ? REVISED_OWN.exec(s.slice(datelineOf(s))) : null;

// British court reporting: "…, the Old Bailey heard", "…, the jury was told", "Bristol Crown Court heard
// that …": the court is where the claim was made.
export const COURT_HEARD =
  /(?:^|,\s*)((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}(?:court|jury|inquest|tribunal|hearing|Court|Bailey|Inquest|Tribunal))\s+(?:heard|was\s+told)\b/;
// "…, the company's filings show." / "Bank of Thailand statistics show …" / "The survey of 2,000 adults
// found …": a document or a study states the figure (named without what it is of).
export const DOCUMENT_NOUNS =
  "filings|report|reports|data|figures|statistics|records|accounts|documents|survey|surveys|statement|study|studies|poll|polls|analysis|research|review|census|audit|trial|trials|estimates";
// Opening a sentence, a document is capitalised: "Data from the Department for Education shows".
const DOCUMENT_NOUN = DOCUMENT_NOUNS.replace(
  /(^|\|)(\w)/g,
  (_, bar: string, c: string) => `${bar}[${c.toUpperCase()}${c}]`,
);
export const DOCUMENT_VERBS =
  "show|shows|showed|shown|found|finds|suggest|suggests|suggested|indicate|indicates|indicated|concluded|concludes";
// "according to the statistics office", "according to figures compiled by Asia Markets Daily", "according to
// the latest report from property website Daft.ie", "according to flash data from real estate portals SRX"
// (what kind of body it is, then its name), "according to
// an early estimate by the catastrophe modeler Verisk", "according to two people familiar with the matter",
// "according to separate Home Office data".
export const ACCORDING_TO = new RegExp(
  String.raw`\b[Aa]ccording\s+to\s+(?:(?:new|separate|official|latest|provisional|fresh|preliminary)\s+(?=[A-Z]))?(?:(?:(?:an?|the|its|their)\s+)?(?:[a-z\d-]+\s+){0,2}?(?:${DOCUMENT_NOUNS}|estimate|consensus|numbers|forecasts?|projections?|calculations?)\s+(?:of\s+(?:(?:\d[\d,.]*\d|[^\s,;.]+)\s+){1,4}?)?(?:(?:compiled|published|released|gathered|conducted|carried out)\s+)?(?:by|from)\s+(?:(?:(?!(?:the|an?|its|their|at|of|in|for|with|on)\s)[a-z]+\s+){1,3}(?=[A-Z]))?)?(?:${BODY_BEFORE_NAME})?(${UNNAMED}|${NAME})`,
);
// "according to reports in Germany", "according to local media reports": unnamed reports are the source;
// so are figures no body is named for ("according to official figures", "according to government data").
export const ACCORDING_TO_REPORTS =
  /\b[Aa]ccording\s+to\s+((?:(?:local|national|state|foreign|press|news|media|unconfirmed|several|multiple|earlier)\s+){0,2}reports(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?|(?:(?:official|government|provisional|preliminary|published|national|industry|police|hospital)\s+){1,2}(?:figures|data|statistics|estimates)\b)/;
// "by" or "from" a capitalised name, before the verb or in an apposition, is whose document it is.
// A body's name may end in a common noun: "a survey by the NAHT union found". And a document's date may
// stand before its verb ("a study published last August found", "a Reuters/Ipsos poll completed on Sunday
// found") or in an apposition ("The YouGov survey of
// 2,114 adults, carried out on 24 and 25 November, found"); "a five-year trial of 17,604 patients has found".
const BODY_NOUNS =
  "union|party|group|charity|council|foundation|institute|think\\s+tank|watchdog|regulator";
// "Figures released by the ABS last month showed", "Flash estimates released by the Housing Board on Oct 1
// had shown": when the document came out, between its maker and its verb.
const WHEN_RELEASED = String.raw`(?:last|this|on|earlier\s+this)\s+[A-Za-z]+\.?(?:\s+\d{1,2}\b)?|yesterday|today`;
export const DOCUMENT_SHOWS = new RegExp(
  String.raw`(?:^|,\s*)(?!(?:${NOT_A_NAME})\b)((?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)\s+)?(?:[A-Z][\w'’.&/-]*\s+){0,4}(?:[\w'’/-]+\s+){0,3}(?:${DOCUMENT_NOUN}))(?:\s+(?:compiled\s+|gathered\s+|collected\s+|released\s+|published\s+|issued\s+)?(?:by|from)\s+(?<by>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’.&-]*){0,5}(?:\s+(?:${BODY_NOUNS}))?)(?:\s+\(${INITIALS}\))?(?:\s+(?:${WHEN_RELEASED}))?|\s+(?:published|released|conducted|completed|taken)(?:\s+[\w-]+){1,3}?|\s+(?:of|by|from|for)\s+(?:(?:\d[\d,.]*\d|[^\s,;.]+)\s+){0,3}?[^\s,;.]+)?(?:,\s+(?:published|released|compiled|issued|produced)\s+by\s+(?<publisher>(?:the\s+)?[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.&-]*){0,4})[^,;]{0,40},|,\s+(?:carried\s+out|conducted|taken|completed)\s[^,;]{1,60},)?\s+(?:(?:has|have|had)\s+)?(?:${DOCUMENT_VERBS})\b`,
);
export const DOCUMENT_VERB = new RegExp(String.raw`\b(?:${DOCUMENT_VERBS})\b`);
const DOCUMENTING = wordGate(DOCUMENT_VERBS);
// "…, the authors found.", "…, researchers concluded.": a group's finding, told after it ("Police found 12
// bodies" is what they did, so only at the sentence's end).
export const GROUP_FOUND = new RegExp(
  String.raw`,\s+((?:the\s+)?(?:study['’]s\s+)?(?:${GROUP_NAMES}))\s+(?:have\s+|had\s+)?(?:found|concluded)[.!]?["”]?$`,
);

// "Scientists have found that a single dose protected 77% of children": a group telling what it found, before it.
export const GROUP_FOUND_THAT = new RegExp(
  String.raw`^[\s"“]*((?:[Tt]he\s+)?(?:${UNNAMED}))\s+(?:(?:have|has|had)\s+)?(?:found|concluded|discovered|established)\s+that\b`,
);

/** Where a sentence names a document as the source of its figure ("a Reuters poll showed", "Data from the
 *  ONS shows"): its names are who states the figure, not what it is about — unless the document is its
 *  owner's own ("Nvidia's filings show" are about Nvidia). */
export function documentSource(s: string): [number, number] | null {
  if (!opens(DOCUMENTING, s) || !DOCUMENT_VERB.test(s)) return null;
  const m = DOCUMENT_SHOWS.exec(s);
  return m && !/['’]s\s/.test(m[0]) ? [m.index, m.index + m[0].length] : null;
}

// "Per the company's filing, sales rose 5%", "…, per Kantar": an American "according to".
export const PER_SOURCE =
  /(?:^|,\s*)[Pp]er\s+((?:the\s+)?(?:(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*|[a-z]+(?=['’]s\s+(?:filing|data|figures|report|statement|estimates?)\b)))/;
// "…, the BBC understands", "…, Sky News has learned": an outlet reporting what it was told.
export const OUTLET_LEARNED =
  /,\s+((?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s+(?:understands|has\s+learned|has\s+learnt|can\s+reveal)[.!]?$/;
