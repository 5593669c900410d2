// Quantity classes read on news the extractor had not seen: ages, ordinals that rank, money by the
// period, a minus after the currency. Each table holds phrasings that must read the new way and ones
// that must not change.
import { describe, expect, it } from "vitest";
import { findQuantities } from "../../src/extract/index.js";

const read = (s: string) =>
  findQuantities(s).map((q) => ({ text: q.text, type: q.type, value: q.value, unit: q.unit }));

describe("ages", () => {
  it.each([
    ["Maria Lopez, 52, said the plant would close.", "52", 52],
    ["The actor died aged 77 in a London hospital.", "77", 77],
    ["Tom Okafor, 19, a student from Leeds, was arrested.", "19", 19],
    ["Children ages 5 and up can enter.", "5", 5],
    ["She retired at age 64.", "64", 64],
  ])("%s → an age of %s years", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "duration", value, unit: "year" });
  });

  it.each([
    ["Germany, 52, France, 48 and Spain, 40 took part.", 52],
    ["The club has 52 members.", 52],
    ["In Berlin, 52 people were hurt.", 52],
    ["The firm, 150, employs many.", 150],
  ])("a count stays a count: %s", (s, value) => {
    expect(read(s)).toContainEqual(expect.objectContaining({ type: "count", value }));
  });
});

describe("ordinals that rank", () => {
  it.each([
    ["He became the 45th president.", "45th", 45],
    ["She won her 12th title on Sunday.", "12th", 12],
    ["It is the country's 3rd-largest bank.", "3rd-largest", 3],
  ])("%s → rank %s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "rank", value, unit: null });
  });

  it.each([
    "The shop opened on the 5th.",
    "Payment is due by the 15th.",
    "We met on the 5th of May.",
    "Houses built in the 19th century.",
    "Sales fell in the 2nd quarter.",
  ])("a day or a period is not a rank: %s", (s) => {
    expect(read(s).filter((q) => q.type === "rank")).toEqual([]);
  });
});

describe("money by the period", () => {
  it.each([
    ["Rent rose to $300 a month.", "$300 a month", 300, "USD/month"],
    ["Nurses earn £40,000 a year.", "£40,000 a year", 40000, "GBP/year"],
    ["The wage is $15 per hour.", "$15 per hour", 15, "USD/hour"],
    ["He paid €2m per annum.", "€2m per annum", 2e6, "EUR/year"],
  ])("%s keeps its period", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit });
  });

  it.each([
    ["A month later it paid $300.", "$300", 300, "USD"],
    ["It raised $5 million a year ago.", "$5 million", 5e6, "USD"],
  ])("money without a period keeps its currency: %s", (s, text, value, unit) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit });
  });
});

describe("signs", () => {
  it.each([
    ["The loss was $-12.4bn.", "$-12.4bn", -12.4e9],
    ["Cash flow was -$3m.", "-$3m", -3e6],
    ["It made $12.4bn.", "$12.4bn", 12.4e9],
  ])("%s", (s, text, value) => {
    expect(read(s)).toContainEqual({ text, type: "money", value, unit: "USD" });
  });
});
