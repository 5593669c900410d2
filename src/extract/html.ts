// A news page's story, from its HTML: the body text (navigation, bylines, related-story lists, newsletter
// boxes, footers and scripts left out), and the title and publication date its metadata gives.
// htmlparser2 is a pure-JavaScript, forgiving parser: it runs unchanged in Node, Workers and browsers,
// where DOMParser exists only in browsers and jsdom only in Node.
import type { ChildNode, Document, Element } from "domhandler";
import { DomHandler, isTag, isText } from "domhandler";
import { Parser } from "htmlparser2";

export interface HtmlArticle {
  text: string;
  title: string | null;
  publishedAt: string | null;
}

const DROP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "footer",
  "aside",
  "form",
  "button",
  "iframe",
  "svg",
  "select",
  "figure",
  "figcaption",
  "menu",
  "dialog",
]);
const NOISE =
  /(?:^|[\s_-])(?:related|newsletter|subscribe|signup|share|sharing|social|promo|advert|ad|ads|byline|author|comments?|cookie|consent|breadcrumbs?|tags|recommended|recirc|more-stories|read-more|sidebar|footer|nav|menu|teaser|outbrain|taboola|paywall)(?:$|[\s_-])/i;
// h1 is the headline, which the page's metadata gives as the title; it is not a claim of the story.
const BLOCKS = new Set([
  "p",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "li",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "td",
]);
const BODY_HINT =
  /(?:article[-_]?body|story[-_]?body|post[-_]?content|entry[-_]?content|article__body|articleBody)/i;

const attr = (el: Element, name: string) => el.attribs[name] ?? "";
const noisy = (el: Element) =>
  DROP_TAGS.has(el.name) ||
  NOISE.test(`${attr(el, "class")} ${attr(el, "id")}`) ||
  attr(el, "aria-hidden") === "true";

function walk(nodes: ChildNode[], visit: (el: Element) => boolean | undefined): void {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (visit(n) === false) continue;
    walk(n.children, visit);
  }
}

function find(doc: Document, test: (el: Element) => boolean): Element | null {
  let found: Element | null = null;
  walk(doc.children, (el) => {
    if (found) return false;
    if (test(el)) found = el;
  });
  return found;
}

function textOf(node: ChildNode): string {
  if (isText(node)) return node.data;
  if (!isTag(node) || DROP_TAGS.has(node.name)) return "";
  const inner = node.children.map(textOf).join("");
  return node.name === "br" ? "\n" : inner;
}

const clean = (s: string) =>
  s
    .replace(/[ \t\r\f\v\u00a0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();

/** The element holding the story: the marked article body, else <article>, else <main>, else <body>,
 *  else (a fragment) the whole document. */
function storyRoot(doc: Document): Element | Document {
  return (
    find(doc, (el) => attr(el, "itemprop") === "articleBody") ??
    find(doc, (el) => BODY_HINT.test(`${attr(el, "class")} ${attr(el, "id")}`)) ??
    find(doc, (el) => el.name === "article") ??
    find(doc, (el) => el.name === "main" || attr(el, "role") === "main") ??
    find(doc, (el) => el.name === "body") ??
    doc
  );
}

function paragraphs(root: Element | Document): string[] {
  const out: string[] = [];
  walk(root.children, (el) => {
    if (noisy(el) || el.name === "h1") return false;
    if (BLOCKS.has(el.name)) {
      const text = clean(textOf(el));
      if (text) out.push(...text.split("\n").filter(Boolean));
      return false;
    }
  });
  if (out.length === 0)
    out.push(...clean(root.children.map(textOf).join("")).split("\n").filter(Boolean));
  return out;
}

function meta(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = find(
      doc,
      (e) =>
        e.name === "meta" &&
        [attr(e, "property"), attr(e, "name"), attr(e, "itemprop")].includes(key),
    );
    const v = el && attr(el, "content").trim();
    if (v) return v;
  }
  return null;
}

function jsonLdDate(doc: Document): string | null {
  let date: string | null = null;
  walk(doc.children, (el) => {
    if (date || el.name !== "script" || attr(el, "type") !== "application/ld+json") return;
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(
      el.children.map(textOf).join("") ||
        (el.children[0] && isText(el.children[0]) ? el.children[0].data : ""),
    );
    if (m) date = m[1]!;
    return false;
  });
  return date;
}

/** Browsers stop nesting at 512 levels; no real page comes near either bound, and a page past them costs
 *  time and stack for nothing a reader would see. */
export const HTML_LIMITS = { depth: 512, elements: 100_000 } as const;

/** A page past one of HTML_LIMITS: refused before it is read further. */
export class HtmlTooComplex extends Error {
  constructor(readonly limit: keyof typeof HTML_LIMITS) {
    super(
      limit === "depth"
        ? `nests elements more than ${HTML_LIMITS.depth} deep`
        : `holds more than ${HTML_LIMITS.elements} elements`,
    );
  }
}

/** The DOM builder with a count of open and seen elements; it stops the parse at the first limit passed. */
class BoundedHandler extends DomHandler {
  private depth = 0;
  private elements = 0;
  override onopentag(name: string, attribs: Record<string, string>): void {
    if (++this.depth > HTML_LIMITS.depth) throw new HtmlTooComplex("depth");
    if (++this.elements > HTML_LIMITS.elements) throw new HtmlTooComplex("elements");
    super.onopentag(name, attribs);
  }
  override onclosetag(): void {
    this.depth--;
    super.onclosetag();
  }
}

function parse(html: string): Document {
  const handler = new BoundedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}

/** The story of a page; throws HtmlTooComplex for a page past HTML_LIMITS. */
export function articleFromHtml(html: string): HtmlArticle {
  const doc = parse(html);
  const root = storyRoot(doc);
  const text = paragraphs(root).join("\n");
  const titleEl = find(doc, (el) => el.name === "title");
  const h1 = find(doc, (el) => el.name === "h1");
  const timeEl = find(doc, (el) => el.name === "time" && !!attr(el, "datetime"));
  const scriptText = (el: Element | null) =>
    el ? clean(el.children.map((n) => (isText(n) ? n.data : textOf(n))).join("")) : "";
  return {
    text,
    title:
      meta(doc, "og:title", "twitter:title") ?? (scriptText(titleEl) || scriptText(h1) || null),
    publishedAt:
      meta(
        doc,
        "article:published_time",
        "datePublished",
        "date",
        "pubdate",
        "publish-date",
        "DC.date.issued",
      ) ??
      jsonLdDate(doc) ??
      (timeEl ? attr(timeEl, "datetime") : null),
  };
}
