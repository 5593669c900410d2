// Quoted feelings and commentary are opinion; a quote that states a checkable figure stays a claim.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const read = (text: string) => extractClaims({ text, publishedAt: "2025-01-15" });

describe("quoted feelings and commentary", () => {
  it.each([
    "“We have to find a way to make this work,” she said.",
    "“That ought to worry its rivals,” said Jo Park.",
    "It's not hard to imagine 5,000 jobs going.",
    "It is hard to overstate how badly the government has handled this.",
    "The damage to trust cannot be overstated.",
    "It would be surprising if the Fed moved again before March.",
    "“I'm not going to speculate on the 2% figure,” he said.",
    "“We are proud of what the team has built,” the chief executive said.",
    "“This is a welcome step in the right direction,” Chancellor Jeremy Hunt said.",
    "“These figures are disappointing for everyone in the industry,” he said.",
    // What is not yet known, and what the writer makes of events.
    "Whether that will be enough to save the plant remains unclear.",
    "It is not clear when talks between the unions and the employers will resume.",
    "The move is a blow to the government of Prime Minister Keir Starmer.",
    "The decision marks a major setback for the company's plans in Europe.",
    "The question now is whether the central bank will act before the summer.",
    "All eyes are on the Federal Reserve's meeting next week.",
    "“It has been a tough year,” admitted chief executive Tom Lee.",
    "“This is a disaster for working families,” said Rachel Reeves.",
    "“Nobody knows what will happen next,” one trader said.",
    "“It is what it is,” the manager said after the match.",
    "“It's been brutal,” she said, standing behind the counter.",
    "“This is a dark day for British manufacturing,” said union leader Sharon Graham.",
    "“It's absolutely the right decision,” Smith told the BBC.",
    "It is a remarkable turnaround for a company that was nearly bankrupt.",
    "The move is likely to anger investors.",
    "Few would argue that the economy is in good shape.",
    "It's hard to see how the government can hit its target.",
    // A speaker's verdict on a person, quoted; a stance with nothing said.
    'Race director Tom Adler called her "the greatest athlete this event has ever had".',
    "The King's Fund, a think tank, was more cautious.",
    "Investors in the company's bonds remained sceptical.",
    // A quote stating no figure, no time and no name, scored as unlikely to be checked: commentary.
    "“We didn't play our best football, but the character was there,” Slot said.",
    "“Supply is the problem and it's not going away,” said Richard Donnell, executive director at Zoopla.",
    "“We are seeing the first signs of stabilisation, but it is far too early to call a turning point,” said chief executive Clemence Cheng.",
    // The speaker's own experience, in the first person singular, naming nothing.
    "“Some weeks I wonder why I bother,” the baker said.",
    "“I'll keep going as long as I can,” she said.",
    // A speaker's verdict in their own words, and nothing else.
    "The Institute for Security Studies' Lizette Lancaster said the quarter's figures were “deeply worrying” but not unexpected.",
    "Reeves said her budget was “fair and necessary”.",
    "INMO general secretary Phil Ní Sheaghdha said the figures were “a stark warning” ahead of the winter.",
    "Tim Gardner, assistant director of policy at the Health Foundation, said the figures showed “modest progress”.",
    "The shadow chancellor, Mel Stride, called it “a budget for benefits street”.",
    'Graham Wettone, a former Met officer, told the BBC the figures were "encouraging but fragile".',
    // A prescription in quotes.
    '"The only lasting solution is a sustained increase in supply," he said.',
    // The writer weighing what might happen, or advising.
    "Cut too soon, and inflation could become entrenched.",
    "Wait too long, and the job market could crack.",
    "Whatever happens, borrowers should not expect a return to the ultra-low rates of the 2010s any time soon.",
    "That leaves Governor Andrew Bailey in an awkward spot.",
  ])("%s is opinion, not a claim", (text) => {
    const { claims, ignored } = read(text);
    expect(claims).toEqual([]);
    expect(ignored.map((i) => i.reason)).toEqual(["opinion"]);
  });

  it.each([
    // Must not change: advice with a figure, and a thing that happened too soon.
    "Savers should expect rates of about 3% by the end of the year.",
    "The company cut prices too soon, and sales fell 12% in March.",
    "“We must cut 500 jobs by March,” she said.",
    "“Sales rose 12% in 2024,” said Jo Park.",
    "The regulator said the company should repay $40 million to customers.",
    "“The plant will close in March and its staff will move to Leeds,” she said.",
    "The union welcomed the offer of a 5% rise in 2025.",
    // A stance beside a figure, or a year, stays checkable.
    "Investors were more cautious, selling $2 billion of shares.",
    "The Bank of England was cautious in 2024 and held rates at 5.25%.",
    // A figure keeps even a judgement checkable; a blow that happened is an event.
    "The 5% fall in sales is a blow to the government.",
    "The boxer was knocked down by a blow to the head in the third round.",
    "It is unclear whether the 2% target set in 2012 was ever met.",
    "The 2011 earthquake was the worst disaster in Japan since 1945.",
    "“The flood was a disaster that cost us $2 million,” she said.",
    // A pledge in an organisation's voice, and a first person naming what it did, stay claims.
    "“We will not sign this deal under any circumstances,” the minister told parliament.",
    "“I met the Prime Minister in Downing Street,” she said.",
    "“I sold the company in 2019,” he said.",
    // A judgement with a figure, and a likely outcome that is no one's feeling, stay claims.
    "It is a remarkable turnaround for a company that lost $2 billion in 2020.",
    "The strike is likely to close 40 schools on Monday.",
    "“The Fed is likely to cut rates by a quarter point in September,” she said.",
    // A verdict with a figure or a time of its own to check stays a claim.
    "The minister said the plan was “on track” to cut waiting lists by 2026.",
    "She said the quarter's 6,953 murders were “deeply worrying”.",
    'The chief executive told Reuters the company would open "three new plants" in Texas.',
    '"The only bridge across the river closed in March," he said.',
    'Chief executive Alex Baldock said the retailer had "won share in every category that matters".',
  ])("%s stays a claim", (text) => {
    expect(read(text).claims).toHaveLength(1);
  });
});

describe("a quote that runs on", () => {
  it("keeps a forecast with a figure in the quote's next sentence as the speaker's claim", () => {
    const { claims } = read(
      '"We sold 12,000 cars in March," said Anna Berg. "That is our best month ever. We expect to sell 150,000 this year."',
    );
    expect(claims.map((c) => [c.text.slice(0, 22), c.claimant])).toEqual([
      ['"We sold 12,000 cars i', "Anna Berg"],
      ["We expect to sell 150,", "Anna Berg"],
    ]);
  });

  it.each([
    '"I am so happy. I have been training for this for a long time," she said after crossing the line.',
    '"The deal is done. I would be very surprised if it changed anything," said Mark Shepperd.',
  ])("reads a speaker's own experience going on inside the quote as opinion: %s", (text) => {
    expect(read(text).claims).toEqual([]);
  });

  it("reads commentary going on inside the quote as opinion, and a figure after it as a claim", () => {
    const { claims } = read(
      'Dr Adrian Boyle said: "These are not just numbers. Behind every one is a frightened patient on a trolley in a corridor. Waits rose 18% in October."',
    );
    expect(claims.map((c) => c.text)).toEqual(['Waits rose 18% in October."']);
  });

  it("must not change: a quote going on with a figure or a name stays a claim", () => {
    expect(
      read('"I am so happy. I ran 2:09:56 in Chicago," she said.').claims.map((c) => c.text),
    ).toEqual(['I ran 2:09:56 in Chicago," she said']);
  });

  it("leaves the story's own first person without a figure as opinion", () => {
    expect(read("We think the plan is a mistake.").claims).toEqual([]);
  });
});

describe("a quoted exclamation whose speaker's age is given", () => {
  it("is commentary: the age is no figure of what was said", () => {
    const text =
      '"What a day! Congratulations SpaceX team on an epic achievement," Elon Musk, 52, wrote on X.';
    expect(extractClaims({ text, publishedAt: "2024-06-07" }).claims).toEqual([]);
  });

  it("must not change: a claim by a speaker whose age is given stays a claim", () => {
    const text = "Maria Lopez, 52, said the plant would close in March with the loss of 300 jobs.";
    expect(extractClaims({ text, publishedAt: "2024-06-07" }).claims).toHaveLength(1);
  });
});
