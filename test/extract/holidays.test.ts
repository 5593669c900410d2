// Holidays news dates by name are days: Christmas, Easter (computed each year), Thanksgiving and the days
// around it.
import { describe, expect, it } from "vitest";
import { extractClaims } from "../../src/extract/index.js";

const period = (text: string, publishedAt = "2024-12-30") => {
  const time = extractClaims({ text, publishedAt }).claims[0]?.time;
  return [time?.start, time?.end];
};
const day = (d: string) => [d, d];

describe("a holiday by name", () => {
  it.each([
    ["Sales rose 3% on Christmas Day.", "2024-12-25"],
    ["Sales rose 5% over Christmas.", "2024-12-25"],
    ["Sales rose 3% on Boxing Day.", "2024-12-26"],
    ["Police made 400 arrests on New Year's Eve.", "2023-12-31"],
    ["Shoppers spent 10.8bn dollars on Black Friday.", "2024-11-29"],
    ["Some 80 million people travelled over Thanksgiving.", "2024-11-28"],
    ["Sales rose 3% over the Easter weekend.", "2024-03-31"],
    ["Sales rose 5% at Easter 2023.", "2023-04-09"],
    ["Visitor numbers fell 8% on Good Friday.", "2024-03-29"],
    ["Stores will open 24 hours on Christmas Eve.", "2025-12-24"],
  ])("%s → %s", (text, date) => {
    expect(period(text)).toEqual(day(date));
  });

  it("Easter moves with the moon", () => {
    expect(period("Sales rose 5% at Easter 2025.")).toEqual(day("2025-04-20"));
    expect(period("Sales rose 5% at Easter 2019.")).toEqual(day("2019-04-21"));
  });

  it.each([
    // A feast as a modifier, and a holiday that anchors another day, date nothing.
    "Christmas Island has 1,700 residents.",
    "The fire started two weeks before Christmas, killing 12 people.",
  ])("must not change: %s", (text) => {
    expect(period(text)).toEqual(day("2024-12-30"));
  });

  it("'Black Friday' is no Friday", () => {
    expect(period("Shoppers spent 10.8bn dollars on Black Friday.")).not.toEqual(day("2024-12-27"));
  });
});
