import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { findLayout, looksLikeHeadline } from "../../src/extract/furniture.js";
import { extractClaims } from "../../src/extract/index.js";

const article = readFileSync(new URL("../fixtures/port-strike.txt", import.meta.url), "utf8");
const kinds = (text: string) =>
  findLayout(text).ignored.map((i) => [text.slice(i.span.start, i.span.end), i.detail]);

describe("page furniture", () => {
  it.each([
    ["Join 10k+ people to get notified about new posts, news and tips.", "newsletter"],
    ["Subscribe to our newsletter", "newsletter"],
    ["Sign up for free and get the morning briefing", "newsletter"],
    ["Subscribe now", "newsletter"],
    ["Post by : Jyoti Gupta", "byline"],
    ["Author: Jyoti Gupta", "byline"],
    ["By Maria Ortega", "byline"],
    ["Photo:Reuters", "photo_credit"],
    ["Photo: Harbour Authority", "photo_credit"],
    ["(Reuters/John Smith)", "photo_credit"],
    ["Share this article", "share_prompt"],
    ["Read more: the port's history", "share_prompt"],
    ["Follow us on Twitter for the latest updates", "share_prompt"],
    ["Follow BBC Business on X and Facebook.", "share_prompt"],
    ["Advertisement", "share_prompt"],
    ["We use cookies to improve your browsing experience. Accept all?", "cookie_notice"],
    [
      "Cookies help us deliver our services. By using our services, you agree to our use of cookies.",
      "cookie_notice",
    ],
    ["Updated 3 hours ago · 5 min read", "timestamp"],
    ["Published 20 August 2025, 14:05 BST", "timestamp"],
    ["Last updated: Aug 20, 2025", "timestamp"],
    ["4 min read", "timestamp"],
    ["First published on November 27, 2025 at 10:42 am.", "timestamp"],
    ["Download the NZ Herald app for the latest news.", "share_prompt"],
    ["Watch more on NZ Herald Focus.", "share_prompt"],
    ["Stay updated with the latest business news and updates.", "share_prompt"],
    [
      "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint.",
      "share_prompt",
    ],
    [
      "(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are their own.)",
      "editor_note",
    ],
    ["Reminder, this is a Premium article and requires a subscription to read.", "newsletter"],
    ["For the latest news, follow us on Telegram and WhatsApp.", "share_prompt"],
    ["This story first appeared in The Straits Times on Nov 20.", "editor_note"],
    [
      "Disclaimer: The views expressed are the author's own and do not reflect those of the publication.",
      "editor_note",
    ],
    ["Image caption, Workers at the plant in 2023", "photo_credit"],
    ["Image source, Getty Images", "photo_credit"],
    ["Copyright 2025 Acme News. All rights reserved.", "copyright"],
    ["© 2025 Valmont Herald", "copyright"],
    ["You may also like: 10 things to know about inflation", "teaser"],
    ["More on this story", "teaser"],
    ["Recommended: Inside the deal that saved the plant", "teaser"],
    ["(Reporting by Jane Doe in London; Editing by John Smith)", "byline"],
    ["Additional reporting by Tom Hale.", "byline"],
    ["AP Economics Writer Paul Wiseman contributed to this report.", "byline"],
    ["Writing by Anna Lee; editing by Chris Reese", "byline"],
    ["This is a developing story and will be updated.", "editor_note"],
    ["This article has been updated to include comment from the company.", "editor_note"],
    ["The views expressed are the author's own.", "editor_note"],
    ["Correction: An earlier version misstated the date of the vote.", "editor_note"],
    ["For more on this story, visit our website.", "share_prompt"],
    ["Read more: Port strike enters second week | Photo: Docks (Getty Images)", "teaser"],
    ["Watch: How the port strike began", "teaser"],
    ["Listen: The dockers' story in their own words", "teaser"],
    ["In pictures: A week on the picket line", "teaser"],
    ["Most read: Five charts that explain the economy | Why eggs cost so much", "teaser"],
    ["Most popular: Why 40% of renters are moving", "teaser"],
    ["Read next: Condo rents dip for third month", "teaser"],
    ["Up next: Why 40% of renters are moving", "teaser"],
    ["READ: Police recruit 10,000 new trainees", "teaser"],
    [
      "Join ST's Telegram channel and get the latest breaking news delivered to you.",
      "share_prompt",
    ],
    ["Join our WhatsApp channel for 24/7 updates.", "share_prompt"],
    ["The writer is chief economist at Acme Bank.", "byline"],
    ["The author is a professor of economics at the London School of Economics.", "byline"],
    ["This article was originally published on The Conversation.", "editor_note"],
    ["Our Standards: The Thomson Reuters Trust Principles.", "editor_note"],
    ["This article is more than 2 years old", "editor_note"],
    ["This article is more than a year old.", "editor_note"],
    ["($1 = 85.8 Indian rupees)", "editor_note"],
    ["($1 = 0.9187 euros)", "editor_note"],
    ["(£1 = $1.2732)", "editor_note"],
    ["(1 euro = $1.0850)", "editor_note"],
    ["(A$1 = 0.6523 U.S. dollar)", "editor_note"],
    ["Follow @janedoe on X for more updates.", "share_prompt"],
  ])("%s → %s", (line, kind) => {
    expect(
      kinds(`${line}\nThe port handled 2.4 million containers in 2023, the authority said.`),
    ).toEqual([[line, kind]]);
  });

  it.each([
    "Officials said 600,000 eligible families could not sign up because of paperwork barriers in 2023.",
    "More than 21 million people signed up for marketplace coverage in 2024.",
    "I subscribe to the view that the merger will cut 2,000 jobs.",
    "Share of manufacturing jobs fell to 8 percent in 2023.",
    "Up next is a vote on the 2% pay rise in 2026.",
    "Read the full 40-page report, and the 12 recommendations were rejected.",
    "Join talks began in 2024 between the 12 unions and the council.",
    "More than 2,000 people joined the union's WhatsApp group in 2024.",
    "Related costs rose 5% to $2.1 billion last year.",
    "Sponsored by the state, the programme cost $2 billion in 2022.",
    "Author Jane Doe has sold 2 million copies of the series since 2019.",
    "Published in 1998, the novel has sold 3 million copies.",
    "Updated figures showed the economy grew 2.1% in the second quarter.",
    "Copyright law changed in 2019 to cover 3 million works.",
    "Source code for 2,000 apps was leaked in 2023.",
    "Recommended doses rose 20% in 2024, the agency said.",
    "Watch sales rose 20% in 2024, the industry body said.",
    "Listening figures rose to 2.1 million in 2024.",
    "The writer is right that sales rose 5% in 2023.",
    "This article was published in 2019 and sold 2 million copies.",
    "Follow-up orders rose 5% in 2023.",
    "($1 = 85.8 rupees at the time) The deal was worth $2 billion in 2023.",
    "The rupee weakened to 85.8 to the dollar, with $1 = 85.8 rupees in 2024.",
    "This is a record: exports rose 20% in 2024.",
    "The article of the treaty was updated in 2019 to cover 3 million workers.",
    "This bridge is more than 200 years old and carries 30,000 cars a day.",
    "Download speeds rose 20% in 2024, the regulator said.",
    "Watch makers sold 2 million units more in 2024.",
    "Stay-at-home parents rose 5% to 1.2 million in 2024.",
    "The service requires a subscription of $10 a month.",
  ])("a story sentence that opens like a prompt is the story, not furniture: %s", (line) => {
    expect(kinds(line)).toEqual([]);
  });

  it("a list of teasers (headline + truncated blurb) is one teaser span", () => {
    const layout = findLayout(article);
    const teaser = layout.ignored.find((i) => i.detail === "teaser")!;
    const span = article.slice(teaser.span.start, teaser.span.end);
    expect(span.startsWith("Council Approves New Tram Line")).toBe(true);
    expect(span.endsWith("for the first")).toBe(true);
  });

  it("keeps every story paragraph and nothing else", () => {
    const { paragraphs } = findLayout(article);
    expect(paragraphs.map((p) => article.slice(p.start, p.start + 20))).toEqual([
      "Dockworkers at the P",
      "The union said more ",
      "The port handled 2.4",
      "Analysts at Carden S",
      "In conclusion, the s",
    ]);
  });

  it("adjacent lines of one newsletter box are reported as one span", () => {
    const text =
      "Join 10k+ people to get notified about new posts.\nDo not worry we don't spam!\nThe port reopened on Friday after a week.";
    expect(findLayout(text).ignored).toEqual([
      { span: { start: 0, end: 77 }, reason: "furniture", detail: "newsletter" },
    ]);
  });

  it("tells headlines from sentences", () => {
    expect(looksLikeHeadline("Conway Shines as New Zealand Edges Out West Indies in Napier")).toBe(
      true,
    );
    expect(looksLikeHeadline("The council voted to approve the tram line.")).toBe(false);
  });

  it.each([
    "H20 uncertainty clouds Nvidia's outlook in China\nNvidia booked $15.4 billion of revenue from China in 2024.",
    "Nvidia's China business shrinks as Beijing turns to home-grown chips\nBy Lena Hartmann\nNvidia's sales in China reached $17.1bn in 2024.",
  ])("a first line in sentence case above the story is its headline: %s", (text) => {
    const first = text.split("\n")[0]!;
    expect(kinds(text)[0]).toEqual([first, "headline"]);
    expect(extractClaims({ text, publishedAt: "2025-01-15" }).claims).toHaveLength(1);
  });

  it("a headline below a share prompt is still the story's first line", () => {
    const text =
      "Share this article\n\nEnergy bills to fall by 7% in April\n\nBy Simon Jack, Business editor\n\nEnergy bills will fall by 7% from April, the regulator Ofgem has announced.";
    expect(kinds(text).map(([, kind]) => kind)).toEqual(["share_prompt", "headline", "byline"]);
    expect(extractClaims({ text, publishedAt: "2025-02-23" }).claims).toHaveLength(1);
  });

  it("an unpunctuated claim with no story below it stays a claim", () => {
    const text = "Unemployment is at 3.5 percent";
    expect(extractClaims({ text, publishedAt: "2025-01-15" }).claims).toHaveLength(1);
  });
});

describe("teaser lines strung on pipes", () => {
  const around = (line: string) =>
    extractClaims({
      text: `Exports rose 4% to $2.1 billion in May.\n\n${line}\n\nImports fell 3% in May.`,
      publishedAt: "2025-01-15",
    });

  it.each([
    "Why the port strike cost $45 million | Photo: Dockworkers in Valmont (Getty Images)",
    "Read more: Port strike enters second week | Watch: Valmont's docks at a standstill",
    "Markets: FTSE up 0.4% | Dow down 0.2% | Oil at $82",
  ])("%s is page furniture", (line) => {
    const r = around(line);
    expect(r.claims.map((c) => c.text)).toEqual([
      "Exports rose 4% to $2.1 billion in May",
      "Imports fell 3% in May",
    ]);
    expect(r.ignored.map((i) => i.reason)).toEqual(["furniture"]);
  });

  it("a sentence with one pipe and no page label stays a claim", () => {
    expect(around("The index rose 2% to 1,234 | its highest since 2019.").claims).toHaveLength(3);
  });
});

describe("a teaser box's lines", () => {
  it("a headline under 'More on this story' goes on the box", () => {
    const text =
      "About 12,000 homes were left without power overnight.\n\nRelated topics\nWales weather\nFlooding\n\nMore on this story\nRain warning as Storm Claudia arrives";
    const { claims, ignored } = extractClaims({ text, publishedAt: "2025-11-14" });
    expect(claims.map((c) => c.text)).toEqual([
      "About 12,000 homes were left without power overnight",
    ]);
    expect(text.slice(ignored.at(-1)!.span.start, ignored.at(-1)!.span.end)).toContain(
      "Rain warning as Storm Claudia arrives",
    );
  });

  it("must not change: a story paragraph after a teaser label stays a claim", () => {
    const text =
      "Exports rose 4% in May.\n\nMore on this story\n\nImports fell 3% to $1.2 billion in May.";
    expect(extractClaims({ text, publishedAt: "2025-01-15" }).claims).toHaveLength(2);
  });
});

describe("a newsletter box's small print, links out and the writer's note", () => {
  const story = "Shares in Acme rose 5% on Tuesday after it raised its forecast to £2.1bn.";
  const claimsOf = (text: string) =>
    extractClaims({ text, publishedAt: "2024-05-02" }).claims.map((c) => c.text);

  it.each([
    "Sign up to Business Today\nFree daily newsletter\nGet set for the working day – we'll point you to all the business news and analysis you need every morning",
    "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.",
    "We use Google reCaptcha to protect our website and the Google Privacy Policy and Terms of Service apply.",
    "Follow AP's coverage of the economy at https://apnews.com/hub/economy",
  ])("yields no claim: %s", (box) => {
    expect(claimsOf(`${story}\n\n${box}\n\nThe company said revenue grew 12% to £8.4bn.`)).toEqual([
      story.slice(0, -1),
      "The company said revenue grew 12% to £8.4bn",
    ]);
  });

  it("the writer's note closing the page yields no claim", () => {
    expect(
      claimsOf(
        `${story}\n\nJane Smith is a business reporter at The Times. She has covered retail for 12 years.`,
      ),
    ).toEqual([story.slice(0, -1)]);
  });

  it.each([
    // A story line that speaks to the reader with a figure, under no newsletter.
    "You will pay £82 more a year from April.",
    // A person described in the story, not at its foot.
    "Jane Smith is a former reporter at The Times who sued the paper for £2m.\n\nThe case continues.",
  ])("must not change: %s", (line) => {
    expect(claimsOf(`${story}\n\n${line}`)).toContain(line.split("\n")[0]!.slice(0, -1));
  });
});

describe("a caption closed by its credit", () => {
  const claimsOf = (text: string) =>
    extractClaims({ text, publishedAt: "2025-01-23" }).claims.map((c) => c.text);
  const story = "About 4,000 firefighters were battling the blaze on Wednesday.";

  it.each([
    "Firefighters on the hills above Castaic. Credit: Reuters",
    "Firefighters battle the blaze in Altadena on 8 January. Photograph: Ethan Swope/AP",
    "A resident watches as flames approach homes in Pacific Palisades (Getty Images)",
  ])("yields no claim: %s", (caption) => {
    expect(claimsOf(`${story}\n\n${caption}\n\nThe fire had burned 9,400 acres.`)).toEqual([
      story.slice(0, -1),
      "The fire had burned 9,400 acres",
    ]);
  });

  it("must not change: a sentence that names a credit in passing stays a claim", () => {
    expect(
      claimsOf("The agency said photo credit rules changed in 2024 for 300 staff."),
    ).toHaveLength(1);
  });
});

describe("a headline under the page's navigation", () => {
  const page = [
    "Skip to content",
    "Business | Markets | Tech | Opinion",
    "Advertisement",
    "Unilever to cut 7,500 jobs in ice cream spin-off",
    "By Sam Peters, Business reporter",
    "Unilever plans to cut about 7,500 jobs worldwide, the consumer goods giant said on Tuesday.",
  ].join("\n\n");

  it("is the line the byline stands under, not a claim", () => {
    const { claims, ignored } = extractClaims({ text: page, publishedAt: "2024-03-19" });
    expect(claims.map((c) => c.text)).toEqual([
      "Unilever plans to cut about 7,500 jobs worldwide, the consumer goods giant said on Tuesday",
    ]);
    expect(ignored.map((i) => i.detail)).toContain("headline");
  });
});

describe("a headline over the page's save and share buttons", () => {
  it("is a headline, not a claim", () => {
    const page = [
      "Ryanair profit jumps 42% as fares recover",
      "Published 3 November 2025, 07:12 GMT\nUpdated 3 November 2025, 09:40 GMT",
      "Share\nSave",
      "Ryanair's profit after tax rose 42% to €2.54bn in the six months to September, the airline said.",
    ].join("\n\n");
    const { claims, ignored } = extractClaims({ text: page, publishedAt: "2025-11-03" });
    expect(claims.map((c) => c.text)).toEqual([
      "Ryanair's profit after tax rose 42% to €2.54bn in the six months to September, the airline said",
    ]);
    expect(ignored.map((i) => i.detail)).toContain("headline");
  });

  it("must not change: a sentence opening with 'Save' stays a claim", () => {
    const { claims } = extractClaims({
      text: "Save the Children said 2,000 children had been displaced since March.",
      publishedAt: "2025-11-03",
    });
    expect(claims).toHaveLength(1);
  });
});
