// A weekday that describes every such day ("Sunday journeys", "the Sunday timetable") dates nothing; one
// told "on", "by" or "last" is still that day; one owning an event ("Sunday's final") dates a claim of the
// event, not a figure reached by now.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const timeOf = (text: string) => extractClaims({ text, publishedAt: "2025-10-15" }).claims[0]?.time;

describe("a weekday naming every such day", () => {
  it.each([
    "About one in six Sunday journeys on the network is made by people travelling to work.",
    "Saturday trading accounts for 30% of the shop's sales.",
    "The Sunday timetable carries 12% fewer passengers.",
    "Friday prayers drew 20,000 worshippers.",
  ])("is publication: %s", (text) => {
    expect(timeOf(text)).toMatchObject({ basis: "publication", start: "2025-10-15" });
  });

  it("beside a day told with 'on', the day told dates the claim", () => {
    expect(
      timeOf("Sunday trading rules were relaxed on Monday, when sales rose 4%."),
    ).toMatchObject({
      start: "2025-10-13",
      end: "2025-10-13",
    });
  });

  it.each([
    ["Ticket sales rose 8% on Sunday.", "2025-10-12"],
    ["Services on Sunday were cut by 18%.", "2025-10-12"],
    ["Sales fell 3% last Saturday.", "2025-10-11"],
  ])("must not change: %s → %s", (text, day) => {
    expect(timeOf(text)).toMatchObject({ start: day, end: day });
  });
});

describe("a weekday owning an event, in what has happened by now", () => {
  it.each([
    "Ticket prices for Sunday's final have reached $2,500 on resale sites.",
    "Sunday's final has sold 23,000 tickets.",
  ])("names the event, not when the figure was: %s", (text) => {
    expect(timeOf(text)).toMatchObject({ basis: "publication", start: "2025-10-15" });
  });

  it("must not change: told of the event itself, it is that day", () => {
    expect(timeOf("Turnout in Sunday's election was 68%.")).toMatchObject({
      start: "2025-10-12",
      end: "2025-10-12",
    });
  });
});
